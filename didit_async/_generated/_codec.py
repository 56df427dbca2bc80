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
    EnumTable,
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
_M_SessionStatus = EnumTable(SessionStatus)
_E_SessionStatus = frozenset(_M_SessionStatus)
_M_FeatureStatus = EnumTable(FeatureStatus)
_E_FeatureStatus = frozenset(_M_FeatureStatus)
_M_SessionKind = EnumTable(SessionKind)
_E_SessionKind = frozenset(_M_SessionKind)
_M_Environment = EnumTable(Environment)
_E_Environment = frozenset(_M_Environment)
_M_WarningLogType = EnumTable(WarningLogType)
_E_WarningLogType = frozenset(_M_WarningLogType)
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
    v: Any
    o = _new(ErrorBody)
    vals = o.__dict__
    vals.update(d)
    if _K_ErrorBody.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ErrorBody
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_ErrorBody(o: ErrorBody) -> dict[str, Any]:
    """Encode :class:`ErrorBody` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.detail
    if v is not None and v is not UNSET:
        d["detail"] = v
    elif v is None and seen is not None and "detail" in seen:
        d["detail"] = None
    v = o.code
    if v is not None and v is not UNSET:
        d["code"] = v
    elif v is None and seen is not None and "code" in seen:
        d["code"] = None
    v = o.error
    if v is not None and v is not UNSET:
        d["error"] = v
    elif v is None and seen is not None and "error" in seen:
        d["error"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ErrorBody(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ErrorBody."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ErrorBody", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("detail")
    if v is None:
        if "detail" in d:
            raise RequestValidationError(at + "detail", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "detail", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("code")
    if v is None:
        if "code" in d:
            raise RequestValidationError(at + "code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "code", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("error")
    if v is None:
        if "error" in d:
            raise RequestValidationError(at + "error", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "error", "type", "must be a string, not " + type(v).__name__
            )


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


def unstructure_Warning(o: Warning) -> dict[str, Any]:
    """Encode :class:`Warning` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.feature
    if v is not None and v is not UNSET:
        d["feature"] = v
    elif v is None and seen is not None and "feature" in seen:
        d["feature"] = None
    v = o.risk
    if v is not None and v is not UNSET:
        d["risk"] = v
    elif v is None and seen is not None and "risk" in seen:
        d["risk"] = None
    v = o.additional_data
    if v is not None and v is not UNSET:
        d["additional_data"] = v
    elif v is None and seen is not None and "additional_data" in seen:
        d["additional_data"] = None
    v = o.log_type
    if v is not None and v is not UNSET:
        d["log_type"] = v.value if isinstance(v, WarningLogType) else v
    elif v is None and seen is not None and "log_type" in seen:
        d["log_type"] = None
    v = o.short_description
    if v is not None and v is not UNSET:
        d["short_description"] = v
    elif v is None and seen is not None and "short_description" in seen:
        d["short_description"] = None
    v = o.long_description
    if v is not None and v is not UNSET:
        d["long_description"] = v
    elif v is None and seen is not None and "long_description" in seen:
        d["long_description"] = None
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_Warning(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid Warning."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "Warning", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("feature")
    if v is None:
        if "feature" in d:
            raise RequestValidationError(at + "feature", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "feature", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("risk")
    if v is None:
        if "risk" in d:
            raise RequestValidationError(at + "risk", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "risk", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("log_type")
    if v is None:
        if "log_type" in d:
            raise RequestValidationError(at + "log_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_WarningLogType:
            raise RequestValidationError(
                at + "log_type",
                "enum",
                "must be one of: error, warning, information"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("short_description")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "short_description", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("long_description")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "long_description", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )


def structure_ContactDetails(d: Any) -> ContactDetails:
    """Decode a JSON object into :class:`ContactDetails`."""
    v: Any
    o = _new(ContactDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_ContactDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ContactDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_ContactDetails(o: ContactDetails) -> dict[str, Any]:
    """Encode :class:`ContactDetails` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (seen is None or "email" in seen):
        d["email"] = None
    v = o.send_notification_emails
    if v is not None and v is not UNSET:
        d["send_notification_emails"] = v
    elif v is None and seen is not None and "send_notification_emails" in seen:
        d["send_notification_emails"] = None
    v = o.email_lang
    if v is not None and v is not UNSET:
        d["email_lang"] = v
    elif v is None and seen is not None and "email_lang" in seen:
        d["email_lang"] = None
    v = o.phone
    if v is not None and v is not UNSET:
        d["phone"] = v
    elif v is None and (seen is None or "phone" in seen):
        d["phone"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ContactDetails(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ContactDetails."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ContactDetails", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "email", "type", "must be a string, not " + type(v).__name__
                )
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
                at + "send_notification_emails",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("email_lang")
    if v is None:
        if "email_lang" in d:
            raise RequestValidationError(at + "email_lang", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "email_lang", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("phone")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "phone", "type", "must be a string, not " + type(v).__name__
                )
            if _P0.search(v) is None:
                raise RequestValidationError(
                    at + "phone",
                    "pattern",
                    "does not have the expected format (^\\+[1-9]\\d{1,14}$)",
                )


def structure_ExpectedDetails(d: Any) -> ExpectedDetails:
    """Decode a JSON object into :class:`ExpectedDetails`."""
    v: Any
    o = _new(ExpectedDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_ExpectedDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ExpectedDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_ExpectedDetails(o: ExpectedDetails) -> dict[str, Any]:
    """Encode :class:`ExpectedDetails` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.first_name
    if v is not None and v is not UNSET:
        d["first_name"] = v
    elif v is None and seen is not None and "first_name" in seen:
        d["first_name"] = None
    v = o.last_name
    if v is not None and v is not UNSET:
        d["last_name"] = v
    elif v is None and seen is not None and "last_name" in seen:
        d["last_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and seen is not None and "date_of_birth" in seen:
        d["date_of_birth"] = None
    v = o.gender
    if v is not None and v is not UNSET:
        d["gender"] = v
    elif v is None and (seen is None or "gender" in seen):
        d["gender"] = None
    v = o.nationality
    if v is not None and v is not UNSET:
        d["nationality"] = v
    elif v is None and seen is not None and "nationality" in seen:
        d["nationality"] = None
    v = o.id_country
    if v is not None and v is not UNSET:
        d["id_country"] = v
    elif v is None and seen is not None and "id_country" in seen:
        d["id_country"] = None
    v = o.poa_country
    if v is not None and v is not UNSET:
        d["poa_country"] = v
    elif v is None and seen is not None and "poa_country" in seen:
        d["poa_country"] = None
    v = o.country
    if v is not None and v is not UNSET:
        d["country"] = v
    elif v is None and seen is not None and "country" in seen:
        d["country"] = None
    v = o.address
    if v is not None and v is not UNSET:
        d["address"] = v
    elif v is None and seen is not None and "address" in seen:
        d["address"] = None
    v = o.identification_number
    if v is not None and v is not UNSET:
        d["identification_number"] = v
    elif v is None and seen is not None and "identification_number" in seen:
        d["identification_number"] = None
    v = o.ip_address
    if v is not None and v is not UNSET:
        d["ip_address"] = v
    elif v is None and seen is not None and "ip_address" in seen:
        d["ip_address"] = None
    v = o.expected_document_types
    if v is not None and v is not UNSET:
        d["expected_document_types"] = v
    elif v is None and seen is not None and "expected_document_types" in seen:
        d["expected_document_types"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ExpectedDetails(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ExpectedDetails."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ExpectedDetails",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("first_name")
    if v is None:
        if "first_name" in d:
            raise RequestValidationError(at + "first_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "first_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("last_name")
    if v is None:
        if "last_name" in d:
            raise RequestValidationError(at + "last_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "last_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise RequestValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise RequestValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("gender")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_inline0:
                raise RequestValidationError(
                    at + "gender",
                    "enum",
                    "must be one of: M, F"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("nationality")
    if v is None:
        if "nationality" in d:
            raise RequestValidationError(at + "nationality", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "nationality", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "id_country", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "poa_country", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "country", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("identification_number")
    if v is None:
        if "identification_number" in d:
            raise RequestValidationError(at + "identification_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "identification_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("ip_address")
    if v is None:
        if "ip_address" in d:
            raise RequestValidationError(at + "ip_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "ip_address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expected_document_types")
    if v is None:
        if "expected_document_types" in d:
            raise RequestValidationError(at + "expected_document_types", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "expected_document_types", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(
                    at + "expected_document_types", "type", "must not contain null"
                )
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "expected_document_types" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )


def structure_FaceEntity(d: Any) -> FaceEntity:
    """Decode a JSON object into :class:`FaceEntity`."""
    v: Any
    o = _new(FaceEntity)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceEntity.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceEntity
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_FaceEntity(o: FaceEntity) -> dict[str, Any]:
    """Encode :class:`FaceEntity` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.age
    if v is not None and v is not UNSET:
        d["age"] = v
    elif v is None and seen is not None and "age" in seen:
        d["age"] = None
    v = o.bbox
    if v is not None and v is not UNSET:
        d["bbox"] = v
    elif v is None and seen is not None and "bbox" in seen:
        d["bbox"] = None
    v = o.confidence
    if v is not None and v is not UNSET:
        d["confidence"] = v
    elif v is None and seen is not None and "confidence" in seen:
        d["confidence"] = None
    v = o.gender
    if v is not None and v is not UNSET:
        d["gender"] = v
    elif v is None and seen is not None and "gender" in seen:
        d["gender"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceEntity(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceEntity."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceEntity", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("age")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "age", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("bbox")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "bbox", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "bbox", "type", "must not contain null")
                if isinstance(x0, bool) or not isinstance(x0, (int, float)):
                    raise RequestValidationError(
                        at + "bbox" + "[" + str(i0) + "]",
                        "type",
                        "must be a number, not " + type(x0).__name__,
                    )
    v = d.get("confidence")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "confidence", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("gender")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "gender", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_FaceImageInfo(o: FaceImageInfo) -> dict[str, Any]:
    """Encode :class:`FaceImageInfo` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.entities
    if v is not None and v is not UNSET:
        d["entities"] = (
            [unstructure_FaceEntity(x) if isinstance(x, FaceEntity) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "entities" in seen:
        d["entities"] = None
    v = o.best_angle
    if v is not None and v is not UNSET:
        d["best_angle"] = v
    elif v is None and seen is not None and "best_angle" in seen:
        d["best_angle"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceImageInfo(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceImageInfo."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceImageInfo", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("entities")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "entities", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "entities", "type", "must not contain null")
                validate_FaceEntity(x0, at + "entities" + "[" + str(i0) + "]" + ".")
    v = d.get("best_angle")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "best_angle", "type", "must be a number, not " + type(v).__name__
                )


def structure_ParsedAddress(d: Any) -> ParsedAddress:
    """Decode a JSON object into :class:`ParsedAddress`."""
    v: Any
    o = _new(ParsedAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_ParsedAddress(o: ParsedAddress) -> dict[str, Any]:
    """Encode :class:`ParsedAddress` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.street_1
    if v is not None and v is not UNSET:
        d["street_1"] = v
    elif v is None and seen is not None and "street_1" in seen:
        d["street_1"] = None
    v = o.street_2
    if v is not None and v is not UNSET:
        d["street_2"] = v
    elif v is None and seen is not None and "street_2" in seen:
        d["street_2"] = None
    v = o.city
    if v is not None and v is not UNSET:
        d["city"] = v
    elif v is None and seen is not None and "city" in seen:
        d["city"] = None
    v = o.region
    if v is not None and v is not UNSET:
        d["region"] = v
    elif v is None and seen is not None and "region" in seen:
        d["region"] = None
    v = o.postal_code
    if v is not None and v is not UNSET:
        d["postal_code"] = v
    elif v is None and seen is not None and "postal_code" in seen:
        d["postal_code"] = None
    v = o.country
    if v is not None and v is not UNSET:
        d["country"] = v
    elif v is None and seen is not None and "country" in seen:
        d["country"] = None
    v = o.address_type
    if v is not None and v is not UNSET:
        d["address_type"] = v
    elif v is None and seen is not None and "address_type" in seen:
        d["address_type"] = None
    v = o.raw_results
    if v is not None and v is not UNSET:
        d["raw_results"] = v
    elif v is None and seen is not None and "raw_results" in seen:
        d["raw_results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ParsedAddress(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ParsedAddress."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ParsedAddress", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("street_1")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "street_1", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("street_2")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "street_2", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("city")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "city", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("region")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "region", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("postal_code")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "postal_code", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("country")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "country", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("address_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "address_type", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_IdVerificationReport(o: IdVerificationReport) -> dict[str, Any]:
    """Encode :class:`IdVerificationReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and seen is not None and "document_type" in seen:
        d["document_type"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and seen is not None and "document_number" in seen:
        d["document_number"] = None
    v = o.personal_number
    if v is not None and v is not UNSET:
        d["personal_number"] = v
    elif v is None and seen is not None and "personal_number" in seen:
        d["personal_number"] = None
    v = o.first_name
    if v is not None and v is not UNSET:
        d["first_name"] = v
    elif v is None and seen is not None and "first_name" in seen:
        d["first_name"] = None
    v = o.last_name
    if v is not None and v is not UNSET:
        d["last_name"] = v
    elif v is None and seen is not None and "last_name" in seen:
        d["last_name"] = None
    v = o.full_name
    if v is not None and v is not UNSET:
        d["full_name"] = v
    elif v is None and seen is not None and "full_name" in seen:
        d["full_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and seen is not None and "date_of_birth" in seen:
        d["date_of_birth"] = None
    v = o.age
    if v is not None and v is not UNSET:
        d["age"] = v
    elif v is None and seen is not None and "age" in seen:
        d["age"] = None
    v = o.gender
    if v is not None and v is not UNSET:
        d["gender"] = v
    elif v is None and seen is not None and "gender" in seen:
        d["gender"] = None
    v = o.nationality
    if v is not None and v is not UNSET:
        d["nationality"] = v
    elif v is None and seen is not None and "nationality" in seen:
        d["nationality"] = None
    v = o.issuing_state
    if v is not None and v is not UNSET:
        d["issuing_state"] = v
    elif v is None and seen is not None and "issuing_state" in seen:
        d["issuing_state"] = None
    v = o.issuing_state_name
    if v is not None and v is not UNSET:
        d["issuing_state_name"] = v
    elif v is None and seen is not None and "issuing_state_name" in seen:
        d["issuing_state_name"] = None
    v = o.expiration_date
    if v is not None and v is not UNSET:
        d["expiration_date"] = v
    elif v is None and seen is not None and "expiration_date" in seen:
        d["expiration_date"] = None
    v = o.expiry_date
    if v is not None and v is not UNSET:
        d["expiry_date"] = v
    elif v is None and seen is not None and "expiry_date" in seen:
        d["expiry_date"] = None
    v = o.issuing_country
    if v is not None and v is not UNSET:
        d["issuing_country"] = v
    elif v is None and seen is not None and "issuing_country" in seen:
        d["issuing_country"] = None
    v = o.date_of_issue
    if v is not None and v is not UNSET:
        d["date_of_issue"] = v
    elif v is None and seen is not None and "date_of_issue" in seen:
        d["date_of_issue"] = None
    v = o.address
    if v is not None and v is not UNSET:
        d["address"] = v
    elif v is None and seen is not None and "address" in seen:
        d["address"] = None
    v = o.formatted_address
    if v is not None and v is not UNSET:
        d["formatted_address"] = v
    elif v is None and seen is not None and "formatted_address" in seen:
        d["formatted_address"] = None
    v = o.parsed_address
    if v is not None and v is not UNSET:
        d["parsed_address"] = unstructure_ParsedAddress(v) if isinstance(v, ParsedAddress) else v
    elif v is None and seen is not None and "parsed_address" in seen:
        d["parsed_address"] = None
    v = o.place_of_birth
    if v is not None and v is not UNSET:
        d["place_of_birth"] = v
    elif v is None and seen is not None and "place_of_birth" in seen:
        d["place_of_birth"] = None
    v = o.marital_status
    if v is not None and v is not UNSET:
        d["marital_status"] = v
    elif v is None and seen is not None and "marital_status" in seen:
        d["marital_status"] = None
    v = o.portrait_image
    if v is not None and v is not UNSET:
        d["portrait_image"] = v
    elif v is None and seen is not None and "portrait_image" in seen:
        d["portrait_image"] = None
    v = o.front_image
    if v is not None and v is not UNSET:
        d["front_image"] = v
    elif v is None and seen is not None and "front_image" in seen:
        d["front_image"] = None
    v = o.back_image
    if v is not None and v is not UNSET:
        d["back_image"] = v
    elif v is None and seen is not None and "back_image" in seen:
        d["back_image"] = None
    v = o.front_document_image
    if v is not None and v is not UNSET:
        d["front_document_image"] = v
    elif v is None and seen is not None and "front_document_image" in seen:
        d["front_document_image"] = None
    v = o.back_document_image
    if v is not None and v is not UNSET:
        d["back_document_image"] = v
    elif v is None and seen is not None and "back_document_image" in seen:
        d["back_document_image"] = None
    v = o.front_video
    if v is not None and v is not UNSET:
        d["front_video"] = v
    elif v is None and seen is not None and "front_video" in seen:
        d["front_video"] = None
    v = o.back_video
    if v is not None and v is not UNSET:
        d["back_video"] = v
    elif v is None and seen is not None and "back_video" in seen:
        d["back_video"] = None
    v = o.full_front_image
    if v is not None and v is not UNSET:
        d["full_front_image"] = v
    elif v is None and seen is not None and "full_front_image" in seen:
        d["full_front_image"] = None
    v = o.full_back_image
    if v is not None and v is not UNSET:
        d["full_back_image"] = v
    elif v is None and seen is not None and "full_back_image" in seen:
        d["full_back_image"] = None
    v = o.mrz
    if v is not None and v is not UNSET:
        d["mrz"] = v
    elif v is None and seen is not None and "mrz" in seen:
        d["mrz"] = None
    v = o.extra_fields
    if v is not None and v is not UNSET:
        d["extra_fields"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "extra_fields" in seen:
        d["extra_fields"] = None
    v = o.extra_files
    if v is not None and v is not UNSET:
        d["extra_files"] = v
    elif v is None and seen is not None and "extra_files" in seen:
        d["extra_files"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_IdVerificationReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid IdVerificationReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "IdVerificationReport",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("document_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_number", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("personal_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "personal_number", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("first_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "first_name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("last_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "last_name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("full_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "full_name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("date_of_birth")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("age")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "age", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("gender")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "gender", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("nationality")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "nationality", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("issuing_state")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "issuing_state", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("issuing_state_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "issuing_state_name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("expiration_date")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "expiration_date", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("expiry_date")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "expiry_date", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("issuing_country")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "issuing_country", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("date_of_issue")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "date_of_issue", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("address")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "address", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("formatted_address")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "formatted_address", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("parsed_address")
    if v is not None:
        if v is not None:
            validate_ParsedAddress(v, at + "parsed_address" + ".")
    v = d.get("place_of_birth")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "place_of_birth", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("marital_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "marital_status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("portrait_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "portrait_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("front_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "front_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("back_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "back_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("front_document_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "front_document_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("back_document_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "back_document_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("front_video")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "front_video", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("back_video")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "back_video", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("full_front_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "full_front_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("full_back_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "full_back_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("extra_fields")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "extra_fields", "type", "must be an object, not " + type(v).__name__
                )
    v = d.get("extra_files")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "extra_files", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "extra_files", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "extra_files" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )


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


def unstructure_NfcVerificationReport(o: NfcVerificationReport) -> dict[str, Any]:
    """Encode :class:`NfcVerificationReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.portrait_image
    if v is not None and v is not UNSET:
        d["portrait_image"] = v
    elif v is None and seen is not None and "portrait_image" in seen:
        d["portrait_image"] = None
    v = o.signature_image
    if v is not None and v is not UNSET:
        d["signature_image"] = v
    elif v is None and seen is not None and "signature_image" in seen:
        d["signature_image"] = None
    v = o.chip_data
    if v is not None and v is not UNSET:
        d["chip_data"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "chip_data" in seen:
        d["chip_data"] = None
    v = o.authenticity
    if v is not None and v is not UNSET:
        d["authenticity"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "authenticity" in seen:
        d["authenticity"] = None
    v = o.certificate_summary
    if v is not None and v is not UNSET:
        d["certificate_summary"] = (
            dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
        )
    elif v is None and seen is not None and "certificate_summary" in seen:
        d["certificate_summary"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_NfcVerificationReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid NfcVerificationReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "NfcVerificationReport",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("portrait_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "portrait_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("signature_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "signature_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("chip_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "chip_data", "type", "must be an object, not " + type(v).__name__
                )
    v = d.get("authenticity")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "authenticity", "type", "must be an object, not " + type(v).__name__
                )
    v = d.get("certificate_summary")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "certificate_summary", "type", "must be an object, not " + type(v).__name__
                )


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


def unstructure_LivenessReport(o: LivenessReport) -> dict[str, Any]:
    """Encode :class:`LivenessReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.method
    if v is not None and v is not UNSET:
        d["method"] = v
    elif v is None and seen is not None and "method" in seen:
        d["method"] = None
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and seen is not None and "score" in seen:
        d["score"] = None
    v = o.reference_image
    if v is not None and v is not UNSET:
        d["reference_image"] = v
    elif v is None and seen is not None and "reference_image" in seen:
        d["reference_image"] = None
    v = o.video_url
    if v is not None and v is not UNSET:
        d["video_url"] = v
    elif v is None and seen is not None and "video_url" in seen:
        d["video_url"] = None
    v = o.age_estimation
    if v is not None and v is not UNSET:
        d["age_estimation"] = v
    elif v is None and seen is not None and "age_estimation" in seen:
        d["age_estimation"] = None
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v
    elif v is None and seen is not None and "user_image" in seen:
        d["user_image"] = None
    v = o.face_quality
    if v is not None and v is not UNSET:
        d["face_quality"] = v
    elif v is None and seen is not None and "face_quality" in seen:
        d["face_quality"] = None
    v = o.face_luminance
    if v is not None and v is not UNSET:
        d["face_luminance"] = v
    elif v is None and seen is not None and "face_luminance" in seen:
        d["face_luminance"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_LivenessReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid LivenessReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "LivenessReport", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "method", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "score", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("reference_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "reference_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("video_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "video_url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("age_estimation")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "age_estimation", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("user_image")
    if v is not None:
        if v is not None:
            validate_FaceImageInfo(v, at + "user_image" + ".")
    v = d.get("face_quality")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "face_quality", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("face_luminance")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "face_luminance", "type", "must be a number, not " + type(v).__name__
                )


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


def unstructure_AgeEstimationReport(o: AgeEstimationReport) -> dict[str, Any]:
    """Encode :class:`AgeEstimationReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.method
    if v is not None and v is not UNSET:
        d["method"] = v
    elif v is None and seen is not None and "method" in seen:
        d["method"] = None
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and seen is not None and "score" in seen:
        d["score"] = None
    v = o.age_estimation
    if v is not None and v is not UNSET:
        d["age_estimation"] = v
    elif v is None and seen is not None and "age_estimation" in seen:
        d["age_estimation"] = None
    v = o.reference_image
    if v is not None and v is not UNSET:
        d["reference_image"] = v
    elif v is None and seen is not None and "reference_image" in seen:
        d["reference_image"] = None
    v = o.video_url
    if v is not None and v is not UNSET:
        d["video_url"] = v
    elif v is None and seen is not None and "video_url" in seen:
        d["video_url"] = None
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v
    elif v is None and seen is not None and "user_image" in seen:
        d["user_image"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AgeEstimationReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AgeEstimationReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AgeEstimationReport",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "method", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "score", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("age_estimation")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "age_estimation", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("reference_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "reference_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("video_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "video_url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("user_image")
    if v is not None:
        if v is not None:
            validate_FaceImageInfo(v, at + "user_image" + ".")


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


def unstructure_FaceMatchReport(o: FaceMatchReport) -> dict[str, Any]:
    """Encode :class:`FaceMatchReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and seen is not None and "score" in seen:
        d["score"] = None
    v = o.source_image
    if v is not None and v is not UNSET:
        d["source_image"] = v
    elif v is None and seen is not None and "source_image" in seen:
        d["source_image"] = None
    v = o.target_image
    if v is not None and v is not UNSET:
        d["target_image"] = v
    elif v is None and seen is not None and "target_image" in seen:
        d["target_image"] = None
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v
    elif v is None and seen is not None and "user_image" in seen:
        d["user_image"] = None
    v = o.ref_image
    if v is not None and v is not UNSET:
        d["ref_image"] = unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v
    elif v is None and seen is not None and "ref_image" in seen:
        d["ref_image"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceMatchReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceMatchReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceMatchReport",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "score", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("source_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "source_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("target_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "target_image", "type", "must be a string, not " + type(v).__name__
                )
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
    v: Any
    o = _new(FaceSearchUserDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchUserDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchUserDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_FaceSearchUserDetails(o: FaceSearchUserDetails) -> dict[str, Any]:
    """Encode :class:`FaceSearchUserDetails` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and seen is not None and "name" in seen:
        d["name"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and seen is not None and "document_type" in seen:
        d["document_type"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and seen is not None and "document_number" in seen:
        d["document_number"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceSearchUserDetails(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceSearchUserDetails."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceSearchUserDetails",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("document_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_number", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_FaceSearchMatch(o: FaceSearchMatch) -> dict[str, Any]:
    """Encode :class:`FaceSearchMatch` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and seen is not None and "session_id" in seen:
        d["session_id"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and seen is not None and "session_number" in seen:
        d["session_number"] = None
    v = o.similarity_percentage
    if v is not None and v is not UNSET:
        d["similarity_percentage"] = v
    elif v is None and seen is not None and "similarity_percentage" in seen:
        d["similarity_percentage"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    v = o.verification_date
    if v is not None and v is not UNSET:
        d["verification_date"] = v
    elif v is None and seen is not None and "verification_date" in seen:
        d["verification_date"] = None
    v = o.user_details
    if v is not None and v is not UNSET:
        d["user_details"] = (
            unstructure_FaceSearchUserDetails(v) if isinstance(v, FaceSearchUserDetails) else v
        )
    elif v is None and seen is not None and "user_details" in seen:
        d["user_details"] = None
    v = o.match_image_url
    if v is not None and v is not UNSET:
        d["match_image_url"] = v
    elif v is None and seen is not None and "match_image_url" in seen:
        d["match_image_url"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.is_blocklisted
    if v is not None and v is not UNSET:
        d["is_blocklisted"] = v
    elif v is None and seen is not None and "is_blocklisted" in seen:
        d["is_blocklisted"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceSearchMatch(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceSearchMatch."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceSearchMatch",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "session_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "session_number", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("similarity_percentage")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "similarity_percentage",
                    "type",
                    "must be a number, not " + type(v).__name__,
                )
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "vendor_data", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("verification_date")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "verification_date", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("user_details")
    if v is not None:
        if v is not None:
            validate_FaceSearchUserDetails(v, at + "user_details" + ".")
    v = d.get("match_image_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "match_image_url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("is_blocklisted")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_blocklisted", "type", "must be true or false, not " + type(v).__name__
                )


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


def unstructure_FaceSearchReport(o: FaceSearchReport) -> dict[str, Any]:
    """Encode :class:`FaceSearchReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.total_matches
    if v is not None and v is not UNSET:
        d["total_matches"] = v
    elif v is None and seen is not None and "total_matches" in seen:
        d["total_matches"] = None
    v = o.matches
    if v is not None and v is not UNSET:
        d["matches"] = (
            [unstructure_FaceSearchMatch(x) if isinstance(x, FaceSearchMatch) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "matches" in seen:
        d["matches"] = None
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v
    elif v is None and seen is not None and "user_image" in seen:
        d["user_image"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceSearchReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceSearchReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceSearchReport",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("total_matches")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "total_matches", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("matches")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "matches", "type", "must be a list, not " + type(v).__name__
                )
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


def unstructure_PoaReport(o: PoaReport) -> dict[str, Any]:
    """Encode :class:`PoaReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and seen is not None and "document_type" in seen:
        d["document_type"] = None
    v = o.issuer
    if v is not None and v is not UNSET:
        d["issuer"] = v
    elif v is None and seen is not None and "issuer" in seen:
        d["issuer"] = None
    v = o.poa_address
    if v is not None and v is not UNSET:
        d["poa_address"] = v
    elif v is None and seen is not None and "poa_address" in seen:
        d["poa_address"] = None
    v = o.poa_formatted_address
    if v is not None and v is not UNSET:
        d["poa_formatted_address"] = v
    elif v is None and seen is not None and "poa_formatted_address" in seen:
        d["poa_formatted_address"] = None
    v = o.poa_parsed_address
    if v is not None and v is not UNSET:
        d["poa_parsed_address"] = (
            unstructure_ParsedAddress(v) if isinstance(v, ParsedAddress) else v
        )
    elif v is None and seen is not None and "poa_parsed_address" in seen:
        d["poa_parsed_address"] = None
    v = o.issue_date
    if v is not None and v is not UNSET:
        d["issue_date"] = v
    elif v is None and seen is not None and "issue_date" in seen:
        d["issue_date"] = None
    v = o.document_file
    if v is not None and v is not UNSET:
        d["document_file"] = v
    elif v is None and seen is not None and "document_file" in seen:
        d["document_file"] = None
    v = o.document_language
    if v is not None and v is not UNSET:
        d["document_language"] = v
    elif v is None and seen is not None and "document_language" in seen:
        d["document_language"] = None
    v = o.name_on_document
    if v is not None and v is not UNSET:
        d["name_on_document"] = v
    elif v is None and seen is not None and "name_on_document" in seen:
        d["name_on_document"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PoaReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PoaReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PoaReport", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("issuer")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "issuer", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("poa_address")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "poa_address", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("poa_formatted_address")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "poa_formatted_address",
                    "type",
                    "must be a string, not " + type(v).__name__,
                )
    v = d.get("poa_parsed_address")
    if v is not None:
        if v is not None:
            validate_ParsedAddress(v, at + "poa_parsed_address" + ".")
    v = d.get("issue_date")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "issue_date", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("document_file")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_file", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("document_language")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_language", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("name_on_document")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "name_on_document", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_DocumentAiDocument(o: DocumentAiDocument) -> dict[str, Any]:
    """Encode :class:`DocumentAiDocument` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and seen is not None and "document_type" in seen:
        d["document_type"] = None
    v = o.fields
    if v is not None and v is not UNSET:
        d["fields"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "fields" in seen:
        d["fields"] = None
    v = o.document_file
    if v is not None and v is not UNSET:
        d["document_file"] = v
    elif v is None and seen is not None and "document_file" in seen:
        d["document_file"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_DocumentAiDocument(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid DocumentAiDocument."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "DocumentAiDocument",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("fields")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "fields", "type", "must be an object, not " + type(v).__name__
                )
    v = d.get("document_file")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_file", "type", "must be a string, not " + type(v).__name__
                )


def structure_EmailBreach(d: Any) -> EmailBreach:
    """Decode a JSON object into :class:`EmailBreach`."""
    v: Any
    o = _new(EmailBreach)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailBreach.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailBreach
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_EmailBreach(o: EmailBreach) -> dict[str, Any]:
    """Encode :class:`EmailBreach` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and seen is not None and "name" in seen:
        d["name"] = None
    v = o.domain
    if v is not None and v is not UNSET:
        d["domain"] = v
    elif v is None and seen is not None and "domain" in seen:
        d["domain"] = None
    v = o.breach_date
    if v is not None and v is not UNSET:
        d["breach_date"] = v
    elif v is None and seen is not None and "breach_date" in seen:
        d["breach_date"] = None
    v = o.data_classes
    if v is not None and v is not UNSET:
        d["data_classes"] = v
    elif v is None and seen is not None and "data_classes" in seen:
        d["data_classes"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailBreach(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailBreach."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailBreach", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("domain")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "domain", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("breach_date")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "breach_date", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("data_classes")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "data_classes", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "data_classes", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "data_classes" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )


def structure_EmailLifecycleEvent(d: Any) -> EmailLifecycleEvent:
    """Decode a JSON object into :class:`EmailLifecycleEvent`."""
    v: Any
    o = _new(EmailLifecycleEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailLifecycleEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailLifecycleEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_EmailLifecycleEvent(o: EmailLifecycleEvent) -> dict[str, Any]:
    """Encode :class:`EmailLifecycleEvent` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.type
    if v is not None and v is not UNSET:
        d["type"] = v
    elif v is None and seen is not None and "type" in seen:
        d["type"] = None
    v = o.timestamp
    if v is not None and v is not UNSET:
        d["timestamp"] = v
    elif v is None and seen is not None and "timestamp" in seen:
        d["timestamp"] = None
    v = o.fee
    if v is not None and v is not UNSET:
        d["fee"] = v
    elif v is None and seen is not None and "fee" in seen:
        d["fee"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailLifecycleEvent(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailLifecycleEvent."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailLifecycleEvent",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("timestamp")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "timestamp", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("fee")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "fee", "type", "must be a number, not " + type(v).__name__
                )


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


def unstructure_EmailReport(o: EmailReport) -> dict[str, Any]:
    """Encode :class:`EmailReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and seen is not None and "email" in seen:
        d["email"] = None
    v = o.is_breached
    if v is not None and v is not UNSET:
        d["is_breached"] = v
    elif v is None and seen is not None and "is_breached" in seen:
        d["is_breached"] = None
    v = o.breaches
    if v is not None and v is not UNSET:
        d["breaches"] = (
            [unstructure_EmailBreach(x) if isinstance(x, EmailBreach) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "breaches" in seen:
        d["breaches"] = None
    v = o.is_disposable
    if v is not None and v is not UNSET:
        d["is_disposable"] = v
    elif v is None and seen is not None and "is_disposable" in seen:
        d["is_disposable"] = None
    v = o.is_undeliverable
    if v is not None and v is not UNSET:
        d["is_undeliverable"] = v
    elif v is None and seen is not None and "is_undeliverable" in seen:
        d["is_undeliverable"] = None
    v = o.verification_attempts
    if v is not None and v is not UNSET:
        d["verification_attempts"] = v
    elif v is None and seen is not None and "verification_attempts" in seen:
        d["verification_attempts"] = None
    v = o.verified_at
    if v is not None and v is not UNSET:
        d["verified_at"] = v
    elif v is None and seen is not None and "verified_at" in seen:
        d["verified_at"] = None
    v = o.lifecycle
    if v is not None and v is not UNSET:
        d["lifecycle"] = (
            [
                unstructure_EmailLifecycleEvent(x) if isinstance(x, EmailLifecycleEvent) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "lifecycle" in seen:
        d["lifecycle"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailReport", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "email", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("is_breached")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_breached", "type", "must be true or false, not " + type(v).__name__
                )
    v = d.get("breaches")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "breaches", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "breaches", "type", "must not contain null")
                validate_EmailBreach(x0, at + "breaches" + "[" + str(i0) + "]" + ".")
    v = d.get("is_disposable")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_disposable", "type", "must be true or false, not " + type(v).__name__
                )
    v = d.get("is_undeliverable")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_undeliverable",
                    "type",
                    "must be true or false, not " + type(v).__name__,
                )
    v = d.get("verification_attempts")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "verification_attempts",
                    "type",
                    "must be an integer, not " + type(v).__name__,
                )
    v = d.get("verified_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "verified_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("lifecycle")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "lifecycle", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "lifecycle", "type", "must not contain null")
                validate_EmailLifecycleEvent(x0, at + "lifecycle" + "[" + str(i0) + "]" + ".")


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


def unstructure_PhoneReport(o: PhoneReport) -> dict[str, Any]:
    """Encode :class:`PhoneReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.full_number
    if v is not None and v is not UNSET:
        d["full_number"] = v
    elif v is None and seen is not None and "full_number" in seen:
        d["full_number"] = None
    v = o.phone_number
    if v is not None and v is not UNSET:
        d["phone_number"] = v
    elif v is None and seen is not None and "phone_number" in seen:
        d["phone_number"] = None
    v = o.country_code
    if v is not None and v is not UNSET:
        d["country_code"] = v
    elif v is None and seen is not None and "country_code" in seen:
        d["country_code"] = None
    v = o.country_name
    if v is not None and v is not UNSET:
        d["country_name"] = v
    elif v is None and seen is not None and "country_name" in seen:
        d["country_name"] = None
    v = o.carrier
    if v is not None and v is not UNSET:
        d["carrier"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "carrier" in seen:
        d["carrier"] = None
    v = o.is_disposable
    if v is not None and v is not UNSET:
        d["is_disposable"] = v
    elif v is None and seen is not None and "is_disposable" in seen:
        d["is_disposable"] = None
    v = o.is_virtual
    if v is not None and v is not UNSET:
        d["is_virtual"] = v
    elif v is None and seen is not None and "is_virtual" in seen:
        d["is_virtual"] = None
    v = o.verification_method
    if v is not None and v is not UNSET:
        d["verification_method"] = v
    elif v is None and seen is not None and "verification_method" in seen:
        d["verification_method"] = None
    v = o.verification_attempts
    if v is not None and v is not UNSET:
        d["verification_attempts"] = v
    elif v is None and seen is not None and "verification_attempts" in seen:
        d["verification_attempts"] = None
    v = o.verified_at
    if v is not None and v is not UNSET:
        d["verified_at"] = v
    elif v is None and seen is not None and "verified_at" in seen:
        d["verified_at"] = None
    v = o.lifecycle
    if v is not None and v is not UNSET:
        d["lifecycle"] = (
            [
                unstructure_EmailLifecycleEvent(x) if isinstance(x, EmailLifecycleEvent) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "lifecycle" in seen:
        d["lifecycle"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PhoneReport", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("full_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "full_number", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("phone_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "phone_number", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("country_code")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "country_code", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("country_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "country_name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("carrier")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "carrier", "type", "must be an object, not " + type(v).__name__
                )
    v = d.get("is_disposable")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_disposable", "type", "must be true or false, not " + type(v).__name__
                )
    v = d.get("is_virtual")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_virtual", "type", "must be true or false, not " + type(v).__name__
                )
    v = d.get("verification_method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "verification_method", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("verification_attempts")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "verification_attempts",
                    "type",
                    "must be an integer, not " + type(v).__name__,
                )
    v = d.get("verified_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "verified_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("lifecycle")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "lifecycle", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "lifecycle", "type", "must not contain null")
                validate_EmailLifecycleEvent(x0, at + "lifecycle" + "[" + str(i0) + "]" + ".")


def structure_AmlScoreBreakdown(d: Any) -> AmlScoreBreakdown:
    """Decode a JSON object into :class:`AmlScoreBreakdown`."""
    v: Any
    o = _new(AmlScoreBreakdown)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlScoreBreakdown.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlScoreBreakdown
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_AmlScoreBreakdown(o: AmlScoreBreakdown) -> dict[str, Any]:
    """Encode :class:`AmlScoreBreakdown` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.name_score
    if v is not None and v is not UNSET:
        d["name_score"] = v
    elif v is None and seen is not None and "name_score" in seen:
        d["name_score"] = None
    v = o.name_weight
    if v is not None and v is not UNSET:
        d["name_weight"] = v
    elif v is None and seen is not None and "name_weight" in seen:
        d["name_weight"] = None
    v = o.dob_score
    if v is not None and v is not UNSET:
        d["dob_score"] = v
    elif v is None and seen is not None and "dob_score" in seen:
        d["dob_score"] = None
    v = o.dob_weight
    if v is not None and v is not UNSET:
        d["dob_weight"] = v
    elif v is None and seen is not None and "dob_weight" in seen:
        d["dob_weight"] = None
    v = o.country_score
    if v is not None and v is not UNSET:
        d["country_score"] = v
    elif v is None and seen is not None and "country_score" in seen:
        d["country_score"] = None
    v = o.country_weight
    if v is not None and v is not UNSET:
        d["country_weight"] = v
    elif v is None and seen is not None and "country_weight" in seen:
        d["country_weight"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AmlScoreBreakdown(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AmlScoreBreakdown."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AmlScoreBreakdown",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("name_score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "name_score", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("name_weight")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "name_weight", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("dob_score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "dob_score", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("dob_weight")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "dob_weight", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("country_score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "country_score", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("country_weight")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "country_weight", "type", "must be a number, not " + type(v).__name__
                )


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


def unstructure_AmlHit(o: AmlHit) -> dict[str, Any]:
    """Encode :class:`AmlHit` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.id
    if v is not None and v is not UNSET:
        d["id"] = v
    elif v is None and seen is not None and "id" in seen:
        d["id"] = None
    v = o.caption
    if v is not None and v is not UNSET:
        d["caption"] = v
    elif v is None and seen is not None and "caption" in seen:
        d["caption"] = None
    v = o.match_score
    if v is not None and v is not UNSET:
        d["match_score"] = v
    elif v is None and seen is not None and "match_score" in seen:
        d["match_score"] = None
    v = o.risk_score
    if v is not None and v is not UNSET:
        d["risk_score"] = v
    elif v is None and seen is not None and "risk_score" in seen:
        d["risk_score"] = None
    v = o.review_status
    if v is not None and v is not UNSET:
        d["review_status"] = v.value if isinstance(v, AmlHitReviewStatus) else v
    elif v is None and seen is not None and "review_status" in seen:
        d["review_status"] = None
    v = o.datasets
    if v is not None and v is not UNSET:
        d["datasets"] = v
    elif v is None and seen is not None and "datasets" in seen:
        d["datasets"] = None
    v = o.properties
    if v is not None and v is not UNSET:
        d["properties"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "properties" in seen:
        d["properties"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and seen is not None and "url" in seen:
        d["url"] = None
    v = o.score_breakdown
    if v is not None and v is not UNSET:
        d["score_breakdown"] = (
            unstructure_AmlScoreBreakdown(v) if isinstance(v, AmlScoreBreakdown) else v
        )
    elif v is None and seen is not None and "score_breakdown" in seen:
        d["score_breakdown"] = None
    v = o.first_seen
    if v is not None and v is not UNSET:
        d["first_seen"] = v
    elif v is None and seen is not None and "first_seen" in seen:
        d["first_seen"] = None
    v = o.last_seen
    if v is not None and v is not UNSET:
        d["last_seen"] = v
    elif v is None and seen is not None and "last_seen" in seen:
        d["last_seen"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AmlHit(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AmlHit."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AmlHit", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("caption")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "caption", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("match_score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "match_score", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("risk_score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "risk_score", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("review_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_AmlHitReviewStatus:
                raise RequestValidationError(
                    at + "review_status",
                    "enum",
                    "must be one of: Unreviewed, Confirmed Match, False Positive, Inconclusive"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("datasets")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "datasets", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "datasets", "type", "must not contain null")
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "datasets" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("properties")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "properties", "type", "must be an object, not " + type(v).__name__
                )
    v = d.get("url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("score_breakdown")
    if v is not None:
        if v is not None:
            validate_AmlScoreBreakdown(v, at + "score_breakdown" + ".")
    v = d.get("first_seen")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "first_seen", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("last_seen")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "last_seen", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_AmlReport(o: AmlReport) -> dict[str, Any]:
    """Encode :class:`AmlReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.total_hits
    if v is not None and v is not UNSET:
        d["total_hits"] = v
    elif v is None and seen is not None and "total_hits" in seen:
        d["total_hits"] = None
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and seen is not None and "score" in seen:
        d["score"] = None
    v = o.hits
    if v is not None and v is not UNSET:
        d["hits"] = (
            [unstructure_AmlHit(x) if isinstance(x, AmlHit) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "hits" in seen:
        d["hits"] = None
    v = o.screened_data
    if v is not None and v is not UNSET:
        d["screened_data"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "screened_data" in seen:
        d["screened_data"] = None
    v = o.entity_type
    if v is not None and v is not UNSET:
        d["entity_type"] = v
    elif v is None and seen is not None and "entity_type" in seen:
        d["entity_type"] = None
    v = o.is_ongoing_monitoring
    if v is not None and v is not UNSET:
        d["is_ongoing_monitoring"] = v
    elif v is None and seen is not None and "is_ongoing_monitoring" in seen:
        d["is_ongoing_monitoring"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AmlReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AmlReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AmlReport", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("total_hits")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "total_hits", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "score", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("hits")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "hits", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "hits", "type", "must not contain null")
                validate_AmlHit(x0, at + "hits" + "[" + str(i0) + "]" + ".")
    v = d.get("screened_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "screened_data", "type", "must be an object, not " + type(v).__name__
                )
    v = d.get("entity_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "entity_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("is_ongoing_monitoring")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_ongoing_monitoring",
                    "type",
                    "must be true or false, not " + type(v).__name__,
                )


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


def unstructure_IpAnalysisReport(o: IpAnalysisReport) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.ip_address
    if v is not None and v is not UNSET:
        d["ip_address"] = v
    elif v is None and seen is not None and "ip_address" in seen:
        d["ip_address"] = None
    v = o.ip_country
    if v is not None and v is not UNSET:
        d["ip_country"] = v
    elif v is None and seen is not None and "ip_country" in seen:
        d["ip_country"] = None
    v = o.ip_country_code
    if v is not None and v is not UNSET:
        d["ip_country_code"] = v
    elif v is None and seen is not None and "ip_country_code" in seen:
        d["ip_country_code"] = None
    v = o.ip_city
    if v is not None and v is not UNSET:
        d["ip_city"] = v
    elif v is None and seen is not None and "ip_city" in seen:
        d["ip_city"] = None
    v = o.is_vpn_or_tor
    if v is not None and v is not UNSET:
        d["is_vpn_or_tor"] = v
    elif v is None and seen is not None and "is_vpn_or_tor" in seen:
        d["is_vpn_or_tor"] = None
    v = o.is_data_center
    if v is not None and v is not UNSET:
        d["is_data_center"] = v
    elif v is None and seen is not None and "is_data_center" in seen:
        d["is_data_center"] = None
    v = o.isp
    if v is not None and v is not UNSET:
        d["isp"] = v
    elif v is None and seen is not None and "isp" in seen:
        d["isp"] = None
    v = o.device_brand
    if v is not None and v is not UNSET:
        d["device_brand"] = v
    elif v is None and seen is not None and "device_brand" in seen:
        d["device_brand"] = None
    v = o.device_model
    if v is not None and v is not UNSET:
        d["device_model"] = v
    elif v is None and seen is not None and "device_model" in seen:
        d["device_model"] = None
    v = o.browser_family
    if v is not None and v is not UNSET:
        d["browser_family"] = v
    elif v is None and seen is not None and "browser_family" in seen:
        d["browser_family"] = None
    v = o.os_family
    if v is not None and v is not UNSET:
        d["os_family"] = v
    elif v is None and seen is not None and "os_family" in seen:
        d["os_family"] = None
    v = o.platform
    if v is not None and v is not UNSET:
        d["platform"] = v
    elif v is None and seen is not None and "platform" in seen:
        d["platform"] = None
    v = o.latitude
    if v is not None and v is not UNSET:
        d["latitude"] = v
    elif v is None and seen is not None and "latitude" in seen:
        d["latitude"] = None
    v = o.longitude
    if v is not None and v is not UNSET:
        d["longitude"] = v
    elif v is None and seen is not None and "longitude" in seen:
        d["longitude"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_IpAnalysisReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid IpAnalysisReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "IpAnalysisReport",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("ip_address")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "ip_address", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("ip_country")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "ip_country", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("ip_country_code")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "ip_country_code", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("ip_city")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "ip_city", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("is_vpn_or_tor")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_vpn_or_tor", "type", "must be true or false, not " + type(v).__name__
                )
    v = d.get("is_data_center")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_data_center", "type", "must be true or false, not " + type(v).__name__
                )
    v = d.get("isp")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "isp", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("device_brand")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "device_brand", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("device_model")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "device_model", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("browser_family")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "browser_family", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("os_family")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "os_family", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("platform")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "platform", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("latitude")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "latitude", "type", "must be a number, not " + type(v).__name__
                )
    v = d.get("longitude")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "longitude", "type", "must be a number, not " + type(v).__name__
                )


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


def unstructure_DatabaseValidationReport(o: DatabaseValidationReport) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.issuing_state
    if v is not None and v is not UNSET:
        d["issuing_state"] = v
    elif v is None and seen is not None and "issuing_state" in seen:
        d["issuing_state"] = None
    v = o.validation_type
    if v is not None and v is not UNSET:
        d["validation_type"] = v
    elif v is None and seen is not None and "validation_type" in seen:
        d["validation_type"] = None
    v = o.match_type
    if v is not None and v is not UNSET:
        d["match_type"] = v
    elif v is None and seen is not None and "match_type" in seen:
        d["match_type"] = None
    v = o.validations
    if v is not None and v is not UNSET:
        d["validations"] = v
    elif v is None and seen is not None and "validations" in seen:
        d["validations"] = None
    v = o.screened_data
    if v is not None and v is not UNSET:
        d["screened_data"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "screened_data" in seen:
        d["screened_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_DatabaseValidationReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid DatabaseValidationReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "DatabaseValidationReport",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("issuing_state")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "issuing_state", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("validation_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "validation_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("match_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "match_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("screened_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "screened_data", "type", "must be an object, not " + type(v).__name__
                )


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


def unstructure_QuestionnaireResponse(o: QuestionnaireResponse) -> dict[str, Any]:
    """Encode :class:`QuestionnaireResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.questionnaire_id
    if v is not None and v is not UNSET:
        d["questionnaire_id"] = v
    elif v is None and seen is not None and "questionnaire_id" in seen:
        d["questionnaire_id"] = None
    v = o.title
    if v is not None and v is not UNSET:
        d["title"] = v
    elif v is None and seen is not None and "title" in seen:
        d["title"] = None
    v = o.sections
    if v is not None and v is not UNSET:
        d["sections"] = v
    elif v is None and seen is not None and "sections" in seen:
        d["sections"] = None
    v = o.answers
    if v is not None and v is not UNSET:
        d["answers"] = v
    elif v is None and seen is not None and "answers" in seen:
        d["answers"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_QuestionnaireResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid QuestionnaireResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "QuestionnaireResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("questionnaire_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "questionnaire_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("title")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "title", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_SignatureReport(o: SignatureReport) -> dict[str, Any]:
    """Encode :class:`SignatureReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.document_url
    if v is not None and v is not UNSET:
        d["document_url"] = v
    elif v is None and seen is not None and "document_url" in seen:
        d["document_url"] = None
    v = o.signed_at
    if v is not None and v is not UNSET:
        d["signed_at"] = v
    elif v is None and seen is not None and "signed_at" in seen:
        d["signed_at"] = None
    v = o.signer_name
    if v is not None and v is not UNSET:
        d["signer_name"] = v
    elif v is None and seen is not None and "signer_name" in seen:
        d["signer_name"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SignatureReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SignatureReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SignatureReport",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("document_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("signed_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "signed_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("signer_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "signer_name", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_BankVerificationReport(o: BankVerificationReport) -> dict[str, Any]:
    """Encode :class:`BankVerificationReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.bank_name
    if v is not None and v is not UNSET:
        d["bank_name"] = v
    elif v is None and seen is not None and "bank_name" in seen:
        d["bank_name"] = None
    v = o.account_holder
    if v is not None and v is not UNSET:
        d["account_holder"] = v
    elif v is None and seen is not None and "account_holder" in seen:
        d["account_holder"] = None
    v = o.iban
    if v is not None and v is not UNSET:
        d["iban"] = v
    elif v is None and seen is not None and "iban" in seen:
        d["iban"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BankVerificationReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BankVerificationReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BankVerificationReport",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("bank_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "bank_name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("account_holder")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "account_holder", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("iban")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "iban", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_KybRegistryCheck(o: KybRegistryCheck) -> dict[str, Any]:
    """Encode :class:`KybRegistryCheck` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.company_name
    if v is not None and v is not UNSET:
        d["company_name"] = v
    elif v is None and seen is not None and "company_name" in seen:
        d["company_name"] = None
    v = o.registration_number
    if v is not None and v is not UNSET:
        d["registration_number"] = v
    elif v is None and seen is not None and "registration_number" in seen:
        d["registration_number"] = None
    v = o.country
    if v is not None and v is not UNSET:
        d["country"] = v
    elif v is None and seen is not None and "country" in seen:
        d["country"] = None
    v = o.registry_data
    if v is not None and v is not UNSET:
        d["registry_data"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "registry_data" in seen:
        d["registry_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_KybRegistryCheck(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid KybRegistryCheck."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "KybRegistryCheck",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("company_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "company_name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("registration_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "registration_number", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("country")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "country", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("registry_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "registry_data", "type", "must be an object, not " + type(v).__name__
                )


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


def unstructure_KybDocumentVerification(o: KybDocumentVerification) -> dict[str, Any]:
    """Encode :class:`KybDocumentVerification` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and seen is not None and "document_type" in seen:
        d["document_type"] = None
    v = o.document_file
    if v is not None and v is not UNSET:
        d["document_file"] = v
    elif v is None and seen is not None and "document_file" in seen:
        d["document_file"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_KybDocumentVerification(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid KybDocumentVerification."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "KybDocumentVerification",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("document_file")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_file", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_KybKeyPeopleCheck(o: KybKeyPeopleCheck) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheck` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, FeatureStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "warnings" in seen:
        d["warnings"] = None
    v = o.people
    if v is not None and v is not UNSET:
        d["people"] = v
    elif v is None and seen is not None and "people" in seen:
        d["people"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_KybKeyPeopleCheck(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid KybKeyPeopleCheck."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "KybKeyPeopleCheck",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, Expired, Resub Requested"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "warnings", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")


def structure_SessionReview(d: Any) -> SessionReview:
    """Decode a JSON object into :class:`SessionReview`."""
    v: Any
    o = _new(SessionReview)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionReview.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionReview
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_SessionReview(o: SessionReview) -> dict[str, Any]:
    """Encode :class:`SessionReview` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and seen is not None and "uuid" in seen:
        d["uuid"] = None
    v = o.id
    if v is not None and v is not UNSET:
        d["id"] = v
    elif v is None and seen is not None and "id" in seen:
        d["id"] = None
    v = o.activity_type
    if v is not None and v is not UNSET:
        d["activity_type"] = v
    elif v is None and seen is not None and "activity_type" in seen:
        d["activity_type"] = None
    v = o.action
    if v is not None and v is not UNSET:
        d["action"] = v
    elif v is None and seen is not None and "action" in seen:
        d["action"] = None
    v = o.actor_display
    if v is not None and v is not UNSET:
        d["actor_display"] = v
    elif v is None and seen is not None and "actor_display" in seen:
        d["actor_display"] = None
    v = o.actor_email
    if v is not None and v is not UNSET:
        d["actor_email"] = v
    elif v is None and seen is not None and "actor_email" in seen:
        d["actor_email"] = None
    v = o.actor_type
    if v is not None and v is not UNSET:
        d["actor_type"] = v
    elif v is None and seen is not None and "actor_type" in seen:
        d["actor_type"] = None
    v = o.new_status
    if v is not None and v is not UNSET:
        d["new_status"] = v
    elif v is None and seen is not None and "new_status" in seen:
        d["new_status"] = None
    v = o.previous_status
    if v is not None and v is not UNSET:
        d["previous_status"] = v
    elif v is None and seen is not None and "previous_status" in seen:
        d["previous_status"] = None
    v = o.old_status
    if v is not None and v is not UNSET:
        d["old_status"] = v
    elif v is None and seen is not None and "old_status" in seen:
        d["old_status"] = None
    v = o.comment
    if v is not None and v is not UNSET:
        d["comment"] = v
    elif v is None and seen is not None and "comment" in seen:
        d["comment"] = None
    v = o.note
    if v is not None and v is not UNSET:
        d["note"] = v
    elif v is None and seen is not None and "note" in seen:
        d["note"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "metadata" in seen:
        d["metadata"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionReview(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionReview."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionReview", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "uuid", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("activity_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "activity_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("action")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "action", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("actor_display")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "actor_display", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("actor_email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "actor_email", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("actor_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "actor_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("new_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "new_status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("previous_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "previous_status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("old_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "old_status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("comment")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "comment", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("note")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "note", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "metadata", "type", "must be an object, not " + type(v).__name__
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_SessionDecision(o: SessionDecision) -> dict[str, Any]:
    """Encode :class:`SessionDecision` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (seen is None or "session_id" in seen):
        d["session_id"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and seen is not None and "session_number" in seen:
        d["session_number"] = None
    v = o.session_url
    if v is not None and v is not UNSET:
        d["session_url"] = v
    elif v is None and seen is not None and "session_url" in seen:
        d["session_url"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, SessionStatus) else v
    elif v is None and (seen is None or "status" in seen):
        d["status"] = None
    v = o.session_kind
    if v is not None and v is not UNSET:
        d["session_kind"] = v.value if isinstance(v, SessionKind) else v
    elif v is None and seen is not None and "session_kind" in seen:
        d["session_kind"] = None
    v = o.environment
    if v is not None and v is not UNSET:
        d["environment"] = v.value if isinstance(v, Environment) else v
    elif v is None and seen is not None and "environment" in seen:
        d["environment"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and seen is not None and "workflow_id" in seen:
        d["workflow_id"] = None
    v = o.workflow_version
    if v is not None and v is not UNSET:
        d["workflow_version"] = v
    elif v is None and seen is not None and "workflow_version" in seen:
        d["workflow_version"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = v
    elif v is None and seen is not None and "features" in seen:
        d["features"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        )
    elif v is None and seen is not None and "metadata" in seen:
        d["metadata"] = None
    v = o.expected_details
    if v is not None and v is not UNSET:
        d["expected_details"] = (
            unstructure_ExpectedDetails(v) if isinstance(v, ExpectedDetails) else v
        )
    elif v is None and seen is not None and "expected_details" in seen:
        d["expected_details"] = None
    v = o.contact_details
    if v is not None and v is not UNSET:
        d["contact_details"] = unstructure_ContactDetails(v) if isinstance(v, ContactDetails) else v
    elif v is None and seen is not None and "contact_details" in seen:
        d["contact_details"] = None
    v = o.callback
    if v is not None and v is not UNSET:
        d["callback"] = v
    elif v is None and seen is not None and "callback" in seen:
        d["callback"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    v = o.id_verifications
    if v is not None and v is not UNSET:
        d["id_verifications"] = (
            [
                unstructure_IdVerificationReport(x) if isinstance(x, IdVerificationReport) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "id_verifications" in seen:
        d["id_verifications"] = None
    v = o.nfc_verifications
    if v is not None and v is not UNSET:
        d["nfc_verifications"] = (
            [
                unstructure_NfcVerificationReport(x) if isinstance(x, NfcVerificationReport) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "nfc_verifications" in seen:
        d["nfc_verifications"] = None
    v = o.liveness_checks
    if v is not None and v is not UNSET:
        d["liveness_checks"] = (
            [unstructure_LivenessReport(x) if isinstance(x, LivenessReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "liveness_checks" in seen:
        d["liveness_checks"] = None
    v = o.face_matches
    if v is not None and v is not UNSET:
        d["face_matches"] = (
            [unstructure_FaceMatchReport(x) if isinstance(x, FaceMatchReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "face_matches" in seen:
        d["face_matches"] = None
    v = o.poa_verifications
    if v is not None and v is not UNSET:
        d["poa_verifications"] = (
            [unstructure_PoaReport(x) if isinstance(x, PoaReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "poa_verifications" in seen:
        d["poa_verifications"] = None
    v = o.document_ai_documents
    if v is not None and v is not UNSET:
        d["document_ai_documents"] = (
            [
                unstructure_DocumentAiDocument(x) if isinstance(x, DocumentAiDocument) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "document_ai_documents" in seen:
        d["document_ai_documents"] = None
    v = o.phone_verifications
    if v is not None and v is not UNSET:
        d["phone_verifications"] = (
            [unstructure_PhoneReport(x) if isinstance(x, PhoneReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "phone_verifications" in seen:
        d["phone_verifications"] = None
    v = o.email_verifications
    if v is not None and v is not UNSET:
        d["email_verifications"] = (
            [unstructure_EmailReport(x) if isinstance(x, EmailReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "email_verifications" in seen:
        d["email_verifications"] = None
    v = o.aml_screenings
    if v is not None and v is not UNSET:
        d["aml_screenings"] = (
            [unstructure_AmlReport(x) if isinstance(x, AmlReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "aml_screenings" in seen:
        d["aml_screenings"] = None
    v = o.ip_analyses
    if v is not None and v is not UNSET:
        d["ip_analyses"] = (
            [unstructure_IpAnalysisReport(x) if isinstance(x, IpAnalysisReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "ip_analyses" in seen:
        d["ip_analyses"] = None
    v = o.database_validations
    if v is not None and v is not UNSET:
        d["database_validations"] = (
            [
                unstructure_DatabaseValidationReport(x)
                if isinstance(x, DatabaseValidationReport)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "database_validations" in seen:
        d["database_validations"] = None
    v = o.questionnaire_responses
    if v is not None and v is not UNSET:
        d["questionnaire_responses"] = (
            [
                unstructure_QuestionnaireResponse(x) if isinstance(x, QuestionnaireResponse) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "questionnaire_responses" in seen:
        d["questionnaire_responses"] = None
    v = o.signatures
    if v is not None and v is not UNSET:
        d["signatures"] = (
            [unstructure_SignatureReport(x) if isinstance(x, SignatureReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "signatures" in seen:
        d["signatures"] = None
    v = o.bank_verifications
    if v is not None and v is not UNSET:
        d["bank_verifications"] = (
            [
                unstructure_BankVerificationReport(x)
                if isinstance(x, BankVerificationReport)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "bank_verifications" in seen:
        d["bank_verifications"] = None
    v = o.registry_checks
    if v is not None and v is not UNSET:
        d["registry_checks"] = (
            [unstructure_KybRegistryCheck(x) if isinstance(x, KybRegistryCheck) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "registry_checks" in seen:
        d["registry_checks"] = None
    v = o.document_verifications
    if v is not None and v is not UNSET:
        d["document_verifications"] = (
            [
                unstructure_KybDocumentVerification(x)
                if isinstance(x, KybDocumentVerification)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "document_verifications" in seen:
        d["document_verifications"] = None
    v = o.key_people_checks
    if v is not None and v is not UNSET:
        d["key_people_checks"] = (
            [unstructure_KybKeyPeopleCheck(x) if isinstance(x, KybKeyPeopleCheck) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "key_people_checks" in seen:
        d["key_people_checks"] = None
    v = o.face_searches
    if v is not None and v is not UNSET:
        d["face_searches"] = (
            [unstructure_FaceSearchReport(x) if isinstance(x, FaceSearchReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "face_searches" in seen:
        d["face_searches"] = None
    v = o.reviews
    if v is not None and v is not UNSET:
        d["reviews"] = (
            [unstructure_SessionReview(x) if isinstance(x, SessionReview) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "reviews" in seen:
        d["reviews"] = None
    v = o.kyc
    if v is not None and v is not UNSET:
        d["kyc"] = unstructure_IdVerificationReport(v) if isinstance(v, IdVerificationReport) else v
    elif v is None and seen is not None and "kyc" in seen:
        d["kyc"] = None
    v = o.face
    if v is not None and v is not UNSET:
        d["face"] = unstructure_FaceMatchReport(v) if isinstance(v, FaceMatchReport) else v
    elif v is None and seen is not None and "face" in seen:
        d["face"] = None
    v = o.liveness
    if v is not None and v is not UNSET:
        d["liveness"] = unstructure_LivenessReport(v) if isinstance(v, LivenessReport) else v
    elif v is None and seen is not None and "liveness" in seen:
        d["liveness"] = None
    v = o.aml
    if v is not None and v is not UNSET:
        d["aml"] = unstructure_AmlReport(v) if isinstance(v, AmlReport) else v
    elif v is None and seen is not None and "aml" in seen:
        d["aml"] = None
    v = o.resubmit_info
    if v is not None and v is not UNSET:
        d["resubmit_info"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "resubmit_info" in seen:
        d["resubmit_info"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionDecision(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionDecision."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionDecision",
            "type",
            "must be an object, not " + type(d).__name__,
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
            raise RequestValidationError(
                at + "session_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "session_number", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("session_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "session_url", "type", "must be a string, not " + type(v).__name__
                )
    if "status" not in d:
        raise RequestValidationError(at + "status", "required", "is required")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_SessionStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("session_kind")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_SessionKind:
                raise RequestValidationError(
                    at + "session_kind",
                    "enum",
                    "must be one of: user, business"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("environment")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_Environment:
                raise RequestValidationError(
                    at + "environment",
                    "enum",
                    "must be one of: live, sandbox"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("workflow_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "workflow_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("workflow_version")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "workflow_version", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("features")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "features", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "features", "type", "must not contain null")
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "features" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "vendor_data", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not (isinstance(v, Mapping) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "metadata",
                    "type",
                    "must be one of: object, string, not " + type(v).__name__,
                )
            if isinstance(v, Mapping):
                if not isinstance(v, Mapping):
                    raise RequestValidationError(
                        at + "metadata", "type", "must be an object, not " + type(v).__name__
                    )
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(
                        at + "metadata", "type", "must be a string, not " + type(v).__name__
                    )
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
                raise RequestValidationError(
                    at + "callback", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("id_verifications")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "id_verifications", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "nfc_verifications", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "liveness_checks", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "face_matches", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "poa_verifications", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "document_ai_documents", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "phone_verifications", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "email_verifications", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "aml_screenings", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "ip_analyses", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "database_validations", "type", "must be a list, not " + type(v).__name__
                )
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
                    at + "questionnaire_responses",
                    "type",
                    "must be a list, not " + type(v).__name__,
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
                raise RequestValidationError(
                    at + "signatures", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "signatures", "type", "must not contain null")
                validate_SignatureReport(x0, at + "signatures" + "[" + str(i0) + "]" + ".")
    v = d.get("bank_verifications")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "bank_verifications", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "registry_checks", "type", "must be a list, not " + type(v).__name__
                )
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
                    at + "document_verifications", "type", "must be a list, not " + type(v).__name__
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
                raise RequestValidationError(
                    at + "key_people_checks", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "face_searches", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "reviews", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "resubmit_info", "type", "must be an object, not " + type(v).__name__
                )


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


def unstructure_CreateSessionRequest(o: CreateSessionRequest) -> dict[str, Any]:
    """Encode :class:`CreateSessionRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and (seen is None or "workflow_id" in seen):
        d["workflow_id"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    v = o.callback
    if v is not None and v is not UNSET:
        d["callback"] = v
    elif v is None and seen is not None and "callback" in seen:
        d["callback"] = None
    v = o.callback_method
    if v is not None and v is not UNSET:
        d["callback_method"] = v.value if isinstance(v, CallbackMethod) else v
    elif v is None and seen is not None and "callback_method" in seen:
        d["callback_method"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        )
    elif v is None and seen is not None and "metadata" in seen:
        d["metadata"] = None
    v = o.language
    if v is not None and v is not UNSET:
        d["language"] = v.value if isinstance(v, Language) else v
    elif v is None and seen is not None and "language" in seen:
        d["language"] = None
    v = o.contact_details
    if v is not None and v is not UNSET:
        d["contact_details"] = unstructure_ContactDetails(v) if isinstance(v, ContactDetails) else v
    elif v is None and seen is not None and "contact_details" in seen:
        d["contact_details"] = None
    v = o.expected_details
    if v is not None and v is not UNSET:
        d["expected_details"] = (
            unstructure_ExpectedDetails(v) if isinstance(v, ExpectedDetails) else v
        )
    elif v is None and seen is not None and "expected_details" in seen:
        d["expected_details"] = None
    v = o.portrait_image
    if v is not None and v is not UNSET:
        d["portrait_image"] = v
    elif v is None and seen is not None and "portrait_image" in seen:
        d["portrait_image"] = None
    v = o.sandbox_scenario
    if v is not None and v is not UNSET:
        d["sandbox_scenario"] = v
    elif v is None and seen is not None and "sandbox_scenario" in seen:
        d["sandbox_scenario"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_CreateSessionRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid CreateSessionRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "CreateSessionRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "workflow_id" not in d:
        raise RequestValidationError(at + "workflow_id", "required", "is required")
    v = d.get("workflow_id")
    if v is None:
        if "workflow_id" in d:
            raise RequestValidationError(at + "workflow_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "workflow_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise RequestValidationError(at + "workflow_id", "format", "must be a valid uuid")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "callback", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uri(v):
            raise RequestValidationError(at + "callback", "format", "must be a valid uri")
    v = d.get("callback_method")
    if v is None:
        if "callback_method" in d:
            raise RequestValidationError(at + "callback_method", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_CallbackMethod:
            raise RequestValidationError(
                at + "callback_method",
                "enum",
                "must be one of: initiator, completer, both"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise RequestValidationError(at + "metadata", "type", "must not be null")
    else:
        if not (isinstance(v, Mapping) or isinstance(v, str)):
            raise RequestValidationError(
                at + "metadata", "type", "must be one of: object, string, not " + type(v).__name__
            )
        if isinstance(v, Mapping):
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "metadata", "type", "must be an object, not " + type(v).__name__
                )
        if isinstance(v, str):
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "metadata", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("language")
    if v is None:
        if "language" in d:
            raise RequestValidationError(at + "language", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_Language:
            raise RequestValidationError(
                at + "language",
                "enum",
                "must be one of: en, ar, bg, bn, ca, cnr, cs, da, de, el, es, et, fa, fi, fr, he, hi, hr, hu, hy, id, it, ja, ka, ko, lt, lv, mk, ms, nl, no, pl, pt-BR, pt, ro, ru, sk, sl, so, sr, sv, th, tr, uk, uz, vi, zh-CN, zh-TW, zh"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
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
            raise RequestValidationError(
                at + "portrait_image", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
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


def unstructure_CreateSessionResponse(o: CreateSessionResponse) -> dict[str, Any]:
    """Encode :class:`CreateSessionResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (seen is None or "session_id" in seen):
        d["session_id"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and seen is not None and "session_number" in seen:
        d["session_number"] = None
    v = o.session_token
    if v is not None and v is not UNSET:
        d["session_token"] = v
    elif v is None and seen is not None and "session_token" in seen:
        d["session_token"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and seen is not None and "url" in seen:
        d["url"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        )
    elif v is None and seen is not None and "metadata" in seen:
        d["metadata"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, SessionStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.callback
    if v is not None and v is not UNSET:
        d["callback"] = v
    elif v is None and seen is not None and "callback" in seen:
        d["callback"] = None
    v = o.callback_method
    if v is not None and v is not UNSET:
        d["callback_method"] = v
    elif v is None and seen is not None and "callback_method" in seen:
        d["callback_method"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and seen is not None and "workflow_id" in seen:
        d["workflow_id"] = None
    v = o.workflow_version
    if v is not None and v is not UNSET:
        d["workflow_version"] = v
    elif v is None and seen is not None and "workflow_version" in seen:
        d["workflow_version"] = None
    v = o.session_kind
    if v is not None and v is not UNSET:
        d["session_kind"] = v.value if isinstance(v, SessionKind) else v
    elif v is None and seen is not None and "session_kind" in seen:
        d["session_kind"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_CreateSessionResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid CreateSessionResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "CreateSessionResponse",
            "type",
            "must be an object, not " + type(d).__name__,
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
            raise RequestValidationError(
                at + "session_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "session_number", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("session_token")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "session_token", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "vendor_data", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not (isinstance(v, Mapping) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "metadata",
                    "type",
                    "must be one of: object, string, not " + type(v).__name__,
                )
            if isinstance(v, Mapping):
                if not isinstance(v, Mapping):
                    raise RequestValidationError(
                        at + "metadata", "type", "must be an object, not " + type(v).__name__
                    )
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(
                        at + "metadata", "type", "must be a string, not " + type(v).__name__
                    )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_SessionStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("callback")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "callback", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("callback_method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "callback_method", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("workflow_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "workflow_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("workflow_version")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "workflow_version", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("session_kind")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_SessionKind:
                raise RequestValidationError(
                    at + "session_kind",
                    "enum",
                    "must be one of: user, business"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_ImportSharedSessionResponse(o: ImportSharedSessionResponse) -> dict[str, Any]:
    """Encode :class:`ImportSharedSessionResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (seen is None or "session_id" in seen):
        d["session_id"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and seen is not None and "session_number" in seen:
        d["session_number"] = None
    v = o.session_token
    if v is not None and v is not UNSET:
        d["session_token"] = v
    elif v is None and seen is not None and "session_token" in seen:
        d["session_token"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and seen is not None and "url" in seen:
        d["url"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        )
    elif v is None and seen is not None and "metadata" in seen:
        d["metadata"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, SessionStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.callback
    if v is not None and v is not UNSET:
        d["callback"] = v
    elif v is None and seen is not None and "callback" in seen:
        d["callback"] = None
    v = o.callback_method
    if v is not None and v is not UNSET:
        d["callback_method"] = v
    elif v is None and seen is not None and "callback_method" in seen:
        d["callback_method"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and seen is not None and "workflow_id" in seen:
        d["workflow_id"] = None
    v = o.workflow_version
    if v is not None and v is not UNSET:
        d["workflow_version"] = v
    elif v is None and seen is not None and "workflow_version" in seen:
        d["workflow_version"] = None
    v = o.session_kind
    if v is not None and v is not UNSET:
        d["session_kind"] = v.value if isinstance(v, SessionKind) else v
    elif v is None and seen is not None and "session_kind" in seen:
        d["session_kind"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ImportSharedSessionResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ImportSharedSessionResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ImportSharedSessionResponse",
            "type",
            "must be an object, not " + type(d).__name__,
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
            raise RequestValidationError(
                at + "session_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "session_number", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("session_token")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "session_token", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "vendor_data", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not (isinstance(v, Mapping) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "metadata",
                    "type",
                    "must be one of: object, string, not " + type(v).__name__,
                )
            if isinstance(v, Mapping):
                if not isinstance(v, Mapping):
                    raise RequestValidationError(
                        at + "metadata", "type", "must be an object, not " + type(v).__name__
                    )
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(
                        at + "metadata", "type", "must be a string, not " + type(v).__name__
                    )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_SessionStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("callback")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "callback", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("callback_method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "callback_method", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("workflow_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "workflow_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("workflow_version")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "workflow_version", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("session_kind")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_SessionKind:
                raise RequestValidationError(
                    at + "session_kind",
                    "enum",
                    "must be one of: user, business"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


def structure_SessionListFeature(d: Any) -> SessionListFeature:
    """Decode a JSON object into :class:`SessionListFeature`."""
    v: Any
    o = _new(SessionListFeature)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListFeature.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListFeature
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_SessionListFeature(o: SessionListFeature) -> dict[str, Any]:
    """Encode :class:`SessionListFeature` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.feature
    if v is not None and v is not UNSET:
        d["feature"] = v
    elif v is None and seen is not None and "feature" in seen:
        d["feature"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListFeature(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListFeature."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListFeature",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("feature")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "feature", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "status", "type", "must be a string, not " + type(v).__name__
                )


def structure_SessionListPhone(d: Any) -> SessionListPhone:
    """Decode a JSON object into :class:`SessionListPhone`."""
    v: Any
    o = _new(SessionListPhone)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListPhone.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListPhone
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_SessionListPhone(o: SessionListPhone) -> dict[str, Any]:
    """Encode :class:`SessionListPhone` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.number
    if v is not None and v is not UNSET:
        d["number"] = v
    elif v is None and seen is not None and "number" in seen:
        d["number"] = None
    v = o.is_verified
    if v is not None and v is not UNSET:
        d["is_verified"] = v
    elif v is None and seen is not None and "is_verified" in seen:
        d["is_verified"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListPhone(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListPhone."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListPhone",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "number", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("is_verified")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_verified", "type", "must be true or false, not " + type(v).__name__
                )


def structure_SessionListEmail(d: Any) -> SessionListEmail:
    """Decode a JSON object into :class:`SessionListEmail`."""
    v: Any
    o = _new(SessionListEmail)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListEmail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListEmail
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_SessionListEmail(o: SessionListEmail) -> dict[str, Any]:
    """Encode :class:`SessionListEmail` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and seen is not None and "email" in seen:
        d["email"] = None
    v = o.is_verified
    if v is not None and v is not UNSET:
        d["is_verified"] = v
    elif v is None and seen is not None and "is_verified" in seen:
        d["is_verified"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListEmail(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListEmail."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListEmail",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "email", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("is_verified")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_verified", "type", "must be true or false, not " + type(v).__name__
                )


def structure_SessionListAml(d: Any) -> SessionListAml:
    """Decode a JSON object into :class:`SessionListAml`."""
    v: Any
    o = _new(SessionListAml)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListAml.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListAml
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_SessionListAml(o: SessionListAml) -> dict[str, Any]:
    """Encode :class:`SessionListAml` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.total_hits
    if v is not None and v is not UNSET:
        d["total_hits"] = v
    elif v is None and seen is not None and "total_hits" in seen:
        d["total_hits"] = None
    v = o.entity_type
    if v is not None and v is not UNSET:
        d["entity_type"] = v
    elif v is None and seen is not None and "entity_type" in seen:
        d["entity_type"] = None
    v = o.is_adverse_media_fetched
    if v is not None and v is not UNSET:
        d["is_adverse_media_fetched"] = v
    elif v is None and seen is not None and "is_adverse_media_fetched" in seen:
        d["is_adverse_media_fetched"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListAml(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListAml."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListAml", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("total_hits")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "total_hits", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("entity_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "entity_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("is_adverse_media_fetched")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_adverse_media_fetched",
                    "type",
                    "must be true or false, not " + type(v).__name__,
                )


def structure_SessionListLiveness(d: Any) -> SessionListLiveness:
    """Decode a JSON object into :class:`SessionListLiveness`."""
    v: Any
    o = _new(SessionListLiveness)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListLiveness.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListLiveness
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_SessionListLiveness(o: SessionListLiveness) -> dict[str, Any]:
    """Encode :class:`SessionListLiveness` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.method
    if v is not None and v is not UNSET:
        d["method"] = v
    elif v is None and seen is not None and "method" in seen:
        d["method"] = None
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and seen is not None and "score" in seen:
        d["score"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListLiveness(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListLiveness."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListLiveness",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "method", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "score", "type", "must be a number, not " + type(v).__name__
                )


def structure_SessionListFaceMatch(d: Any) -> SessionListFaceMatch:
    """Decode a JSON object into :class:`SessionListFaceMatch`."""
    v: Any
    o = _new(SessionListFaceMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListFaceMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListFaceMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_SessionListFaceMatch(o: SessionListFaceMatch) -> dict[str, Any]:
    """Encode :class:`SessionListFaceMatch` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and seen is not None and "score" in seen:
        d["score"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListFaceMatch(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListFaceMatch."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListFaceMatch",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "score", "type", "must be a number, not " + type(v).__name__
                )


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


def unstructure_SessionListAdditionalDetails(o: SessionListAdditionalDetails) -> dict[str, Any]:
    """Encode :class:`SessionListAdditionalDetails` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.aml
    if v is not None and v is not UNSET:
        d["aml"] = unstructure_SessionListAml(v) if isinstance(v, SessionListAml) else v
    elif v is None and seen is not None and "aml" in seen:
        d["aml"] = None
    v = o.liveness
    if v is not None and v is not UNSET:
        d["liveness"] = (
            unstructure_SessionListLiveness(v) if isinstance(v, SessionListLiveness) else v
        )
    elif v is None and seen is not None and "liveness" in seen:
        d["liveness"] = None
    v = o.face_match
    if v is not None and v is not UNSET:
        d["face_match"] = (
            unstructure_SessionListFaceMatch(v) if isinstance(v, SessionListFaceMatch) else v
        )
    elif v is None and seen is not None and "face_match" in seen:
        d["face_match"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListAdditionalDetails(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListAdditionalDetails."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListAdditionalDetails",
            "type",
            "must be an object, not " + type(d).__name__,
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


def unstructure_SessionListItem(o: SessionListItem) -> dict[str, Any]:
    """Encode :class:`SessionListItem` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (seen is None or "session_id" in seen):
        d["session_id"] = None
    v = o.session_kind
    if v is not None and v is not UNSET:
        d["session_kind"] = v.value if isinstance(v, SessionKind) else v
    elif v is None and seen is not None and "session_kind" in seen:
        d["session_kind"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and seen is not None and "session_number" in seen:
        d["session_number"] = None
    v = o.session_url
    if v is not None and v is not UNSET:
        d["session_url"] = v
    elif v is None and seen is not None and "session_url" in seen:
        d["session_url"] = None
    v = o.portrait_image
    if v is not None and v is not UNSET:
        d["portrait_image"] = v
    elif v is None and seen is not None and "portrait_image" in seen:
        d["portrait_image"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and seen is not None and "document_type" in seen:
        d["document_type"] = None
    v = o.full_name
    if v is not None and v is not UNSET:
        d["full_name"] = v
    elif v is None and seen is not None and "full_name" in seen:
        d["full_name"] = None
    v = o.country
    if v is not None and v is not UNSET:
        d["country"] = v
    elif v is None and seen is not None and "country" in seen:
        d["country"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, SessionStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    v = o.didit_internal_id
    if v is not None and v is not UNSET:
        d["didit_internal_id"] = v
    elif v is None and seen is not None and "didit_internal_id" in seen:
        d["didit_internal_id"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = (
            [
                unstructure_SessionListFeature(x) if isinstance(x, SessionListFeature) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "features" in seen:
        d["features"] = None
    v = o.phone_number
    if v is not None and v is not UNSET:
        d["phone_number"] = (
            unstructure_SessionListPhone(v) if isinstance(v, SessionListPhone) else v
        )
    elif v is None and seen is not None and "phone_number" in seen:
        d["phone_number"] = None
    v = o.email_address
    if v is not None and v is not UNSET:
        d["email_address"] = (
            unstructure_SessionListEmail(v) if isinstance(v, SessionListEmail) else v
        )
    elif v is None and seen is not None and "email_address" in seen:
        d["email_address"] = None
    v = o.additional_details
    if v is not None and v is not UNSET:
        d["additional_details"] = (
            unstructure_SessionListAdditionalDetails(v)
            if isinstance(v, SessionListAdditionalDetails)
            else v
        )
    elif v is None and seen is not None and "additional_details" in seen:
        d["additional_details"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and seen is not None and "workflow_id" in seen:
        d["workflow_id"] = None
    v = o.workflow_type
    if v is not None and v is not UNSET:
        d["workflow_type"] = v
    elif v is None and seen is not None and "workflow_type" in seen:
        d["workflow_type"] = None
    v = o.workflow_label
    if v is not None and v is not UNSET:
        d["workflow_label"] = v
    elif v is None and seen is not None and "workflow_label" in seen:
        d["workflow_label"] = None
    v = o.company_name
    if v is not None and v is not UNSET:
        d["company_name"] = v
    elif v is None and seen is not None and "company_name" in seen:
        d["company_name"] = None
    v = o.registration_number
    if v is not None and v is not UNSET:
        d["registration_number"] = v
    elif v is None and seen is not None and "registration_number" in seen:
        d["registration_number"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListItem(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListItem."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListItem",
            "type",
            "must be an object, not " + type(d).__name__,
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
            raise RequestValidationError(
                at + "session_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("session_kind")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_SessionKind:
                raise RequestValidationError(
                    at + "session_kind",
                    "enum",
                    "must be one of: user, business"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "session_number", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("session_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "session_url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("portrait_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "portrait_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("full_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "full_name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("country")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "country", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_SessionStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "vendor_data", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("didit_internal_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "didit_internal_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("features")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "features", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "workflow_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("workflow_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "workflow_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("workflow_label")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "workflow_label", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("company_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "company_name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("registration_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "registration_number", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_SessionListPage(o: SessionListPage) -> dict[str, Any]:
    """Encode :class:`SessionListPage` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.count
    if v is not None and v is not UNSET:
        d["count"] = v
    elif v is None and seen is not None and "count" in seen:
        d["count"] = None
    v = o.next
    if v is not None and v is not UNSET:
        d["next"] = v
    elif v is None and seen is not None and "next" in seen:
        d["next"] = None
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and seen is not None and "previous" in seen:
        d["previous"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = (
            [unstructure_SessionListItem(x) if isinstance(x, SessionListItem) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and (seen is None or "results" in seen):
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListPage(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListPage."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListPage",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("next")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "next", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("previous")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "previous", "type", "must be a string, not " + type(v).__name__
                )
    if "results" not in d:
        raise RequestValidationError(at + "results", "required", "is required")
    v = d.get("results")
    if v is None:
        if "results" in d:
            raise RequestValidationError(at + "results", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "results", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "results", "type", "must not contain null")
            validate_SessionListItem(x0, at + "results" + "[" + str(i0) + "]" + ".")


def structure_BatchDeleteSessionsRequest(d: Any) -> BatchDeleteSessionsRequest:
    """Decode a JSON object into :class:`BatchDeleteSessionsRequest`."""
    v: Any
    o = _new(BatchDeleteSessionsRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteSessionsRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteSessionsRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_BatchDeleteSessionsRequest(o: BatchDeleteSessionsRequest) -> dict[str, Any]:
    """Encode :class:`BatchDeleteSessionsRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_numbers
    if v is not None and v is not UNSET:
        d["session_numbers"] = v
    elif v is None and seen is not None and "session_numbers" in seen:
        d["session_numbers"] = None
    v = o.delete_all
    if v is not None and v is not UNSET:
        d["delete_all"] = v
    elif v is None and seen is not None and "delete_all" in seen:
        d["delete_all"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BatchDeleteSessionsRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BatchDeleteSessionsRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BatchDeleteSessionsRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("session_numbers")
    if v is None:
        if "session_numbers" in d:
            raise RequestValidationError(at + "session_numbers", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "session_numbers", "type", "must be a list, not " + type(v).__name__
            )
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
                    "must be one of: integer, string, not " + type(x0).__name__,
                )
            if isinstance(x0, int) and not isinstance(x0, bool):
                if isinstance(x0, bool) or not isinstance(x0, int):
                    raise RequestValidationError(
                        at + "session_numbers" + "[" + str(i0) + "]",
                        "type",
                        "must be an integer, not " + type(x0).__name__,
                    )
            if isinstance(x0, str):
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "session_numbers" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("delete_all")
    if v is None:
        if "delete_all" in d:
            raise RequestValidationError(at + "delete_all", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "delete_all", "type", "must be true or false, not " + type(v).__name__
            )
    if len(d) < 1:
        raise RequestValidationError(
            at.rstrip(".") or "BatchDeleteSessionsRequest",
            "min_properties",
            "must have at least 1 field",
        )
    if "delete_all" in d and d.get("delete_all") == False and "session_numbers" not in d:
        raise RequestValidationError(
            at + "session_numbers", "depends", "is required when delete_all is false"
        )


def structure_BatchDeleteResultItem(d: Any) -> BatchDeleteResultItem:
    """Decode a JSON object into :class:`BatchDeleteResultItem`."""
    v: Any
    o = _new(BatchDeleteResultItem)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteResultItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteResultItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_BatchDeleteResultItem(o: BatchDeleteResultItem) -> dict[str, Any]:
    """Encode :class:`BatchDeleteResultItem` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and seen is not None and "session_number" in seen:
        d["session_number"] = None
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and seen is not None and "session_id" in seen:
        d["session_id"] = None
    v = o.deleted
    if v is not None and v is not UNSET:
        d["deleted"] = v
    elif v is None and seen is not None and "deleted" in seen:
        d["deleted"] = None
    v = o.detail
    if v is not None and v is not UNSET:
        d["detail"] = v
    elif v is None and seen is not None and "detail" in seen:
        d["detail"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BatchDeleteResultItem(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BatchDeleteResultItem."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BatchDeleteResultItem",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if not ((isinstance(v, int) and not isinstance(v, bool)) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "session_number",
                    "type",
                    "must be one of: integer, string, not " + type(v).__name__,
                )
            if isinstance(v, int) and not isinstance(v, bool):
                if isinstance(v, bool) or not isinstance(v, int):
                    raise RequestValidationError(
                        at + "session_number", "type", "must be an integer, not " + type(v).__name__
                    )
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(
                        at + "session_number", "type", "must be a string, not " + type(v).__name__
                    )
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "session_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("deleted")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "deleted", "type", "must be true or false, not " + type(v).__name__
                )
    v = d.get("detail")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "detail", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_BatchDeleteSessionsResponse(o: BatchDeleteSessionsResponse) -> dict[str, Any]:
    """Encode :class:`BatchDeleteSessionsResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = (
            [
                unstructure_BatchDeleteResultItem(x) if isinstance(x, BatchDeleteResultItem) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "results" in seen:
        d["results"] = None
    v = o.job_id
    if v is not None and v is not UNSET:
        d["job_id"] = v
    elif v is None and seen is not None and "job_id" in seen:
        d["job_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.total
    if v is not None and v is not UNSET:
        d["total"] = v
    elif v is None and seen is not None and "total" in seen:
        d["total"] = None
    v = o.deleted_count
    if v is not None and v is not UNSET:
        d["deleted_count"] = v
    elif v is None and seen is not None and "deleted_count" in seen:
        d["deleted_count"] = None
    v = o.detail
    if v is not None and v is not UNSET:
        d["detail"] = v
    elif v is None and seen is not None and "detail" in seen:
        d["detail"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BatchDeleteSessionsResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BatchDeleteSessionsResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BatchDeleteSessionsResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("results")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "results", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "results", "type", "must not contain null")
                validate_BatchDeleteResultItem(x0, at + "results" + "[" + str(i0) + "]" + ".")
    v = d.get("job_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "job_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("total")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "total", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("deleted_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "deleted_count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("detail")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "detail", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_BatchDeleteJob(o: BatchDeleteJob) -> dict[str, Any]:
    """Encode :class:`BatchDeleteJob` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.job_id
    if v is not None and v is not UNSET:
        d["job_id"] = v
    elif v is None and seen is not None and "job_id" in seen:
        d["job_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.total
    if v is not None and v is not UNSET:
        d["total"] = v
    elif v is None and seen is not None and "total" in seen:
        d["total"] = None
    v = o.deleted_count
    if v is not None and v is not UNSET:
        d["deleted_count"] = v
    elif v is None and seen is not None and "deleted_count" in seen:
        d["deleted_count"] = None
    v = o.failed_count
    if v is not None and v is not UNSET:
        d["failed_count"] = v
    elif v is None and seen is not None and "failed_count" in seen:
        d["failed_count"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    v = o.completed_at
    if v is not None and v is not UNSET:
        d["completed_at"] = v
    elif v is None and seen is not None and "completed_at" in seen:
        d["completed_at"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = (
            [
                unstructure_BatchDeleteResultItem(x) if isinstance(x, BatchDeleteResultItem) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "results" in seen:
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BatchDeleteJob(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BatchDeleteJob."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BatchDeleteJob", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("job_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "job_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("total")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "total", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("deleted_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "deleted_count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("failed_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "failed_count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("completed_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "completed_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("results")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "results", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "results", "type", "must not contain null")
                validate_BatchDeleteResultItem(x0, at + "results" + "[" + str(i0) + "]" + ".")


def structure_NodeToResubmit(d: Any) -> NodeToResubmit:
    """Decode a JSON object into :class:`NodeToResubmit`."""
    v: Any
    o = _new(NodeToResubmit)
    vals = o.__dict__
    vals.update(d)
    if _K_NodeToResubmit.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NodeToResubmit
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_NodeToResubmit(o: NodeToResubmit) -> dict[str, Any]:
    """Encode :class:`NodeToResubmit` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and (seen is None or "node_id" in seen):
        d["node_id"] = None
    v = o.feature
    if v is not None and v is not UNSET:
        d["feature"] = v
    elif v is None and (seen is None or "feature" in seen):
        d["feature"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_NodeToResubmit(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid NodeToResubmit."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "NodeToResubmit", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    if "node_id" not in d:
        raise RequestValidationError(at + "node_id", "required", "is required")
    v = d.get("node_id")
    if v is None:
        if "node_id" in d:
            raise RequestValidationError(at + "node_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "node_id", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "feature", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise RequestValidationError(
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


def unstructure_UpdateStatusRequest(o: UpdateStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateStatusRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.new_status
    if v is not None and v is not UNSET:
        d["new_status"] = v
    elif v is None and (seen is None or "new_status" in seen):
        d["new_status"] = None
    v = o.comment
    if v is not None and v is not UNSET:
        d["comment"] = v
    elif v is None and seen is not None and "comment" in seen:
        d["comment"] = None
    v = o.nodes_to_resubmit
    if v is not None and v is not UNSET:
        d["nodes_to_resubmit"] = (
            [unstructure_NodeToResubmit(x) if isinstance(x, NodeToResubmit) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "nodes_to_resubmit" in seen:
        d["nodes_to_resubmit"] = None
    v = o.send_email
    if v is not None and v is not UNSET:
        d["send_email"] = v
    elif v is None and seen is not None and "send_email" in seen:
        d["send_email"] = None
    v = o.email_address
    if v is not None and v is not UNSET:
        d["email_address"] = v
    elif v is None and seen is not None and "email_address" in seen:
        d["email_address"] = None
    v = o.email_language
    if v is not None and v is not UNSET:
        d["email_language"] = v.value if isinstance(v, Language) else v
    elif v is None and seen is not None and "email_language" in seen:
        d["email_language"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateStatusRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateStatusRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "new_status" not in d:
        raise RequestValidationError(at + "new_status", "required", "is required")
    v = d.get("new_status")
    if v is None:
        if "new_status" in d:
            raise RequestValidationError(at + "new_status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline1:
            raise RequestValidationError(
                at + "new_status",
                "enum",
                "must be one of: Approved, Declined, Resubmitted"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise RequestValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "comment", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("nodes_to_resubmit")
    if v is None:
        if "nodes_to_resubmit" in d:
            raise RequestValidationError(at + "nodes_to_resubmit", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "nodes_to_resubmit", "type", "must be a list, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "send_email", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("email_address")
    if v is None:
        if "email_address" in d:
            raise RequestValidationError(at + "email_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "email_address", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise RequestValidationError(at + "email_address", "format", "must be a valid email")
    v = d.get("email_language")
    if v is None:
        if "email_language" in d:
            raise RequestValidationError(at + "email_language", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_Language:
            raise RequestValidationError(
                at + "email_language",
                "enum",
                "must be one of: en, ar, bg, bn, ca, cnr, cs, da, de, el, es, et, fa, fi, fr, he, hi, hr, hu, hy, id, it, ja, ka, ko, lt, lv, mk, ms, nl, no, pl, pt-BR, pt, ro, ru, sk, sl, so, sr, sv, th, tr, uk, uz, vi, zh-CN, zh-TW, zh"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "send_email" in d and d.get("send_email") == True and "email_address" not in d:
        raise RequestValidationError(
            at + "email_address", "depends", "is required when send_email is true"
        )
    if "new_status" in d and d.get("new_status") == "Resubmitted" and "nodes_to_resubmit" not in d:
        raise RequestValidationError(
            at + "nodes_to_resubmit", "depends", 'is required when new_status is "Resubmitted"'
        )


def structure_SessionIdResponse(d: Any) -> SessionIdResponse:
    """Decode a JSON object into :class:`SessionIdResponse`."""
    v: Any
    o = _new(SessionIdResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionIdResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionIdResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_SessionIdResponse(o: SessionIdResponse) -> dict[str, Any]:
    """Encode :class:`SessionIdResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and seen is not None and "session_id" in seen:
        d["session_id"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionIdResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionIdResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionIdResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "session_id", "type", "must be a string, not " + type(v).__name__
                )


def structure_ShareSessionRequest(d: Any) -> ShareSessionRequest:
    """Decode a JSON object into :class:`ShareSessionRequest`."""
    v: Any
    o = _new(ShareSessionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ShareSessionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ShareSessionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_ShareSessionRequest(o: ShareSessionRequest) -> dict[str, Any]:
    """Encode :class:`ShareSessionRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.for_application_id
    if v is not None and v is not UNSET:
        d["for_application_id"] = v
    elif v is None and (seen is None or "for_application_id" in seen):
        d["for_application_id"] = None
    v = o.ttl_in_seconds
    if v is not None and v is not UNSET:
        d["ttl_in_seconds"] = v
    elif v is None and seen is not None and "ttl_in_seconds" in seen:
        d["ttl_in_seconds"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ShareSessionRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ShareSessionRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ShareSessionRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "for_application_id" not in d:
        raise RequestValidationError(at + "for_application_id", "required", "is required")
    v = d.get("for_application_id")
    if v is None:
        if "for_application_id" in d:
            raise RequestValidationError(at + "for_application_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "for_application_id", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "ttl_in_seconds", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 60:
            raise RequestValidationError(at + "ttl_in_seconds", "min", "must be at least 60")
        if v > 86400:
            raise RequestValidationError(at + "ttl_in_seconds", "max", "must be at most 86400")


def structure_ShareSessionResponse(d: Any) -> ShareSessionResponse:
    """Decode a JSON object into :class:`ShareSessionResponse`."""
    v: Any
    o = _new(ShareSessionResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_ShareSessionResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ShareSessionResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_ShareSessionResponse(o: ShareSessionResponse) -> dict[str, Any]:
    """Encode :class:`ShareSessionResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.share_token
    if v is not None and v is not UNSET:
        d["share_token"] = v
    elif v is None and (seen is None or "share_token" in seen):
        d["share_token"] = None
    v = o.expires_at
    if v is not None and v is not UNSET:
        d["expires_at"] = v
    elif v is None and seen is not None and "expires_at" in seen:
        d["expires_at"] = None
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and seen is not None and "session_id" in seen:
        d["session_id"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ShareSessionResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ShareSessionResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ShareSessionResponse",
            "type",
            "must be an object, not " + type(d).__name__,
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
            raise RequestValidationError(
                at + "share_token", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expires_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "expires_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "session_id", "type", "must be a string, not " + type(v).__name__
                )


def structure_ImportSharedSessionRequest(d: Any) -> ImportSharedSessionRequest:
    """Decode a JSON object into :class:`ImportSharedSessionRequest`."""
    v: Any
    o = _new(ImportSharedSessionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ImportSharedSessionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ImportSharedSessionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_ImportSharedSessionRequest(o: ImportSharedSessionRequest) -> dict[str, Any]:
    """Encode :class:`ImportSharedSessionRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.share_token
    if v is not None and v is not UNSET:
        d["share_token"] = v
    elif v is None and (seen is None or "share_token" in seen):
        d["share_token"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and (seen is None or "workflow_id" in seen):
        d["workflow_id"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    v = o.trust_review
    if v is not None and v is not UNSET:
        d["trust_review"] = v
    elif v is None and seen is not None and "trust_review" in seen:
        d["trust_review"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ImportSharedSessionRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ImportSharedSessionRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ImportSharedSessionRequest",
            "type",
            "must be an object, not " + type(d).__name__,
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
            raise RequestValidationError(
                at + "share_token", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "workflow_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise RequestValidationError(at + "workflow_id", "format", "must be a valid uuid")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "trust_review", "type", "must be true or false, not " + type(v).__name__
            )


def structure_CreateReviewRequest(d: Any) -> CreateReviewRequest:
    """Decode a JSON object into :class:`CreateReviewRequest`."""
    v: Any
    o = _new(CreateReviewRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CreateReviewRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CreateReviewRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_CreateReviewRequest(o: CreateReviewRequest) -> dict[str, Any]:
    """Encode :class:`CreateReviewRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.new_status
    if v is not None and v is not UNSET:
        d["new_status"] = v
    elif v is None and (seen is None or "new_status" in seen):
        d["new_status"] = None
    v = o.comment
    if v is not None and v is not UNSET:
        d["comment"] = v
    elif v is None and seen is not None and "comment" in seen:
        d["comment"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_CreateReviewRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid CreateReviewRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "CreateReviewRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "new_status" not in d:
        raise RequestValidationError(at + "new_status", "required", "is required")
    v = d.get("new_status")
    if v is None:
        if "new_status" in d:
            raise RequestValidationError(at + "new_status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline2:
            raise RequestValidationError(
                at + "new_status",
                "enum",
                "must be one of: Approved, Declined, In Review"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise RequestValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "comment", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 10000:
            raise RequestValidationError(
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


def unstructure_SessionReviewPage(o: SessionReviewPage) -> dict[str, Any]:
    """Encode :class:`SessionReviewPage` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.count
    if v is not None and v is not UNSET:
        d["count"] = v
    elif v is None and seen is not None and "count" in seen:
        d["count"] = None
    v = o.next
    if v is not None and v is not UNSET:
        d["next"] = v
    elif v is None and seen is not None and "next" in seen:
        d["next"] = None
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and seen is not None and "previous" in seen:
        d["previous"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = (
            [unstructure_SessionReview(x) if isinstance(x, SessionReview) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and (seen is None or "results" in seen):
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionReviewPage(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionReviewPage."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionReviewPage",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("next")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "next", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("previous")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "previous", "type", "must be a string, not " + type(v).__name__
                )
    if "results" not in d:
        raise RequestValidationError(at + "results", "required", "is required")
    v = d.get("results")
    if v is None:
        if "results" in d:
            raise RequestValidationError(at + "results", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "results", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "results", "type", "must not contain null")
            validate_SessionReview(x0, at + "results" + "[" + str(i0) + "]" + ".")


def structure_SessionEvent(d: Any) -> SessionEvent:
    """Decode a JSON object into :class:`SessionEvent`."""
    v: Any
    o = _new(SessionEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_SessionEvent(o: SessionEvent) -> dict[str, Any]:
    """Encode :class:`SessionEvent` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and seen is not None and "uuid" in seen:
        d["uuid"] = None
    v = o.id
    if v is not None and v is not UNSET:
        d["id"] = v
    elif v is None and seen is not None and "id" in seen:
        d["id"] = None
    v = o.event_type
    if v is not None and v is not UNSET:
        d["event_type"] = v
    elif v is None and seen is not None and "event_type" in seen:
        d["event_type"] = None
    v = o.type
    if v is not None and v is not UNSET:
        d["type"] = v
    elif v is None and seen is not None and "type" in seen:
        d["type"] = None
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.feature
    if v is not None and v is not UNSET:
        d["feature"] = v
    elif v is None and seen is not None and "feature" in seen:
        d["feature"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.data
    if v is not None and v is not UNSET:
        d["data"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "data" in seen:
        d["data"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionEvent(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionEvent."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionEvent", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "uuid", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("event_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "event_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("feature")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "feature", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "data", "type", "must be an object, not " + type(v).__name__
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_SessionEventPage(o: SessionEventPage) -> dict[str, Any]:
    """Encode :class:`SessionEventPage` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.count
    if v is not None and v is not UNSET:
        d["count"] = v
    elif v is None and seen is not None and "count" in seen:
        d["count"] = None
    v = o.next
    if v is not None and v is not UNSET:
        d["next"] = v
    elif v is None and seen is not None and "next" in seen:
        d["next"] = None
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and seen is not None and "previous" in seen:
        d["previous"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = (
            [unstructure_SessionEvent(x) if isinstance(x, SessionEvent) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and (seen is None or "results" in seen):
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionEventPage(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionEventPage."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionEventPage",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("next")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "next", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("previous")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "previous", "type", "must be a string, not " + type(v).__name__
                )
    if "results" not in d:
        raise RequestValidationError(at + "results", "required", "is required")
    v = d.get("results")
    if v is None:
        if "results" in d:
            raise RequestValidationError(at + "results", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "results", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "results", "type", "must not contain null")
            validate_SessionEvent(x0, at + "results" + "[" + str(i0) + "]" + ".")


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


def unstructure_UpdateAmlHitStatusRequest(o: UpdateAmlHitStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateAmlHitStatusRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.hit_id
    if v is not None and v is not UNSET:
        d["hit_id"] = v
    elif v is None and (seen is None or "hit_id" in seen):
        d["hit_id"] = None
    v = o.review_status
    if v is not None and v is not UNSET:
        d["review_status"] = v.value if isinstance(v, AmlHitReviewStatus) else v
    elif v is None and (seen is None or "review_status" in seen):
        d["review_status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateAmlHitStatusRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateAmlHitStatusRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateAmlHitStatusRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "hit_id" not in d:
        raise RequestValidationError(at + "hit_id", "required", "is required")
    v = d.get("hit_id")
    if v is None:
        if "hit_id" in d:
            raise RequestValidationError(at + "hit_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "hit_id", "type", "must be a string, not " + type(v).__name__
            )
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
        if not isinstance(v, str) or v not in _E_AmlHitReviewStatus:
            raise RequestValidationError(
                at + "review_status",
                "enum",
                "must be one of: Unreviewed, Confirmed Match, False Positive, Inconclusive"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_UpdateAmlHitStatusResponse(d: Any) -> UpdateAmlHitStatusResponse:
    """Decode a JSON object into :class:`UpdateAmlHitStatusResponse`."""
    v: Any
    o = _new(UpdateAmlHitStatusResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateAmlHitStatusResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateAmlHitStatusResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_UpdateAmlHitStatusResponse(o: UpdateAmlHitStatusResponse) -> dict[str, Any]:
    """Encode :class:`UpdateAmlHitStatusResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and seen is not None and "message" in seen:
        d["message"] = None
    v = o.hit_id
    if v is not None and v is not UNSET:
        d["hit_id"] = v
    elif v is None and seen is not None and "hit_id" in seen:
        d["hit_id"] = None
    v = o.review_status
    if v is not None and v is not UNSET:
        d["review_status"] = v
    elif v is None and seen is not None and "review_status" in seen:
        d["review_status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateAmlHitStatusResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateAmlHitStatusResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateAmlHitStatusResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "message", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("hit_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "hit_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("review_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "review_status", "type", "must be a string, not " + type(v).__name__
                )


def structure_UpdateFeatureStatusRequest(d: Any) -> UpdateFeatureStatusRequest:
    """Decode a JSON object into :class:`UpdateFeatureStatusRequest`."""
    v: Any
    o = _new(UpdateFeatureStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateFeatureStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateFeatureStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_UpdateFeatureStatusRequest(o: UpdateFeatureStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateFeatureStatusRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.new_status
    if v is not None and v is not UNSET:
        d["new_status"] = v
    elif v is None and (seen is None or "new_status" in seen):
        d["new_status"] = None
    v = o.comment
    if v is not None and v is not UNSET:
        d["comment"] = v
    elif v is None and seen is not None and "comment" in seen:
        d["comment"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateFeatureStatusRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateFeatureStatusRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateFeatureStatusRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "new_status" not in d:
        raise RequestValidationError(at + "new_status", "required", "is required")
    v = d.get("new_status")
    if v is None:
        if "new_status" in d:
            raise RequestValidationError(at + "new_status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline2:
            raise RequestValidationError(
                at + "new_status",
                "enum",
                "must be one of: Approved, Declined, In Review"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise RequestValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "comment", "type", "must be a string, not " + type(v).__name__
            )


def structure_UpdateFeatureStatusResponse(d: Any) -> UpdateFeatureStatusResponse:
    """Decode a JSON object into :class:`UpdateFeatureStatusResponse`."""
    v: Any
    o = _new(UpdateFeatureStatusResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateFeatureStatusResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateFeatureStatusResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_UpdateFeatureStatusResponse(o: UpdateFeatureStatusResponse) -> dict[str, Any]:
    """Encode :class:`UpdateFeatureStatusResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and seen is not None and "session_id" in seen:
        d["session_id"] = None
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.feature_type
    if v is not None and v is not UNSET:
        d["feature_type"] = v
    elif v is None and seen is not None and "feature_type" in seen:
        d["feature_type"] = None
    v = o.new_status
    if v is not None and v is not UNSET:
        d["new_status"] = v
    elif v is None and seen is not None and "new_status" in seen:
        d["new_status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateFeatureStatusResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateFeatureStatusResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateFeatureStatusResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "session_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("feature_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "feature_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("new_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "new_status", "type", "must be a string, not " + type(v).__name__
                )


def structure_UpdateSessionDataRequest(d: Any) -> UpdateSessionDataRequest:
    """Decode a JSON object into :class:`UpdateSessionDataRequest`."""
    v: Any
    o = _new(UpdateSessionDataRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateSessionDataRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateSessionDataRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_UpdateSessionDataRequest(o: UpdateSessionDataRequest) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.first_name
    if v is not None and v is not UNSET:
        d["first_name"] = v
    elif v is None and seen is not None and "first_name" in seen:
        d["first_name"] = None
    v = o.last_name
    if v is not None and v is not UNSET:
        d["last_name"] = v
    elif v is None and seen is not None and "last_name" in seen:
        d["last_name"] = None
    v = o.full_name
    if v is not None and v is not UNSET:
        d["full_name"] = v
    elif v is None and seen is not None and "full_name" in seen:
        d["full_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and seen is not None and "date_of_birth" in seen:
        d["date_of_birth"] = None
    v = o.gender
    if v is not None and v is not UNSET:
        d["gender"] = v
    elif v is None and seen is not None and "gender" in seen:
        d["gender"] = None
    v = o.nationality
    if v is not None and v is not UNSET:
        d["nationality"] = v
    elif v is None and seen is not None and "nationality" in seen:
        d["nationality"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and seen is not None and "document_type" in seen:
        d["document_type"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and seen is not None and "document_number" in seen:
        d["document_number"] = None
    v = o.personal_number
    if v is not None and v is not UNSET:
        d["personal_number"] = v
    elif v is None and seen is not None and "personal_number" in seen:
        d["personal_number"] = None
    v = o.issuing_state
    if v is not None and v is not UNSET:
        d["issuing_state"] = v
    elif v is None and seen is not None and "issuing_state" in seen:
        d["issuing_state"] = None
    v = o.expiration_date
    if v is not None and v is not UNSET:
        d["expiration_date"] = v
    elif v is None and seen is not None and "expiration_date" in seen:
        d["expiration_date"] = None
    v = o.date_of_issue
    if v is not None and v is not UNSET:
        d["date_of_issue"] = v
    elif v is None and seen is not None and "date_of_issue" in seen:
        d["date_of_issue"] = None
    v = o.address
    if v is not None and v is not UNSET:
        d["address"] = v
    elif v is None and seen is not None and "address" in seen:
        d["address"] = None
    v = o.place_of_birth
    if v is not None and v is not UNSET:
        d["place_of_birth"] = v
    elif v is None and seen is not None and "place_of_birth" in seen:
        d["place_of_birth"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateSessionDataRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateSessionDataRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateSessionDataRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is None:
        if "node_id" in d:
            raise RequestValidationError(at + "node_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "node_id", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("first_name")
    if v is None:
        if "first_name" in d:
            raise RequestValidationError(at + "first_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "first_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("last_name")
    if v is None:
        if "last_name" in d:
            raise RequestValidationError(at + "last_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "last_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("full_name")
    if v is None:
        if "full_name" in d:
            raise RequestValidationError(at + "full_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "full_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise RequestValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise RequestValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("gender")
    if v is None:
        if "gender" in d:
            raise RequestValidationError(at + "gender", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "gender", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("nationality")
    if v is None:
        if "nationality" in d:
            raise RequestValidationError(at + "nationality", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "nationality", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("document_type")
    if v is None:
        if "document_type" in d:
            raise RequestValidationError(at + "document_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "document_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("document_number")
    if v is None:
        if "document_number" in d:
            raise RequestValidationError(at + "document_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "document_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("personal_number")
    if v is None:
        if "personal_number" in d:
            raise RequestValidationError(at + "personal_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "personal_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("issuing_state")
    if v is None:
        if "issuing_state" in d:
            raise RequestValidationError(at + "issuing_state", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "issuing_state", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expiration_date")
    if v is None:
        if "expiration_date" in d:
            raise RequestValidationError(at + "expiration_date", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "expiration_date", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise RequestValidationError(at + "expiration_date", "format", "must be a valid date")
    v = d.get("date_of_issue")
    if v is None:
        if "date_of_issue" in d:
            raise RequestValidationError(at + "date_of_issue", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "date_of_issue", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise RequestValidationError(at + "date_of_issue", "format", "must be a valid date")
    v = d.get("address")
    if v is None:
        if "address" in d:
            raise RequestValidationError(at + "address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("place_of_birth")
    if v is None:
        if "place_of_birth" in d:
            raise RequestValidationError(at + "place_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "place_of_birth", "type", "must be a string, not " + type(v).__name__
            )


def structure_UpdatePoaDataRequest(d: Any) -> UpdatePoaDataRequest:
    """Decode a JSON object into :class:`UpdatePoaDataRequest`."""
    v: Any
    o = _new(UpdatePoaDataRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdatePoaDataRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdatePoaDataRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_UpdatePoaDataRequest(o: UpdatePoaDataRequest) -> dict[str, Any]:
    """Encode :class:`UpdatePoaDataRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    v = o.poa_address
    if v is not None and v is not UNSET:
        d["poa_address"] = v
    elif v is None and seen is not None and "poa_address" in seen:
        d["poa_address"] = None
    v = o.issuer
    if v is not None and v is not UNSET:
        d["issuer"] = v
    elif v is None and seen is not None and "issuer" in seen:
        d["issuer"] = None
    v = o.issue_date
    if v is not None and v is not UNSET:
        d["issue_date"] = v
    elif v is None and seen is not None and "issue_date" in seen:
        d["issue_date"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and seen is not None and "document_type" in seen:
        d["document_type"] = None
    v = o.name_on_document
    if v is not None and v is not UNSET:
        d["name_on_document"] = v
    elif v is None and seen is not None and "name_on_document" in seen:
        d["name_on_document"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdatePoaDataRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdatePoaDataRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdatePoaDataRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is None:
        if "node_id" in d:
            raise RequestValidationError(at + "node_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "node_id", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("poa_address")
    if v is None:
        if "poa_address" in d:
            raise RequestValidationError(at + "poa_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "poa_address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("issuer")
    if v is None:
        if "issuer" in d:
            raise RequestValidationError(at + "issuer", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "issuer", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("issue_date")
    if v is None:
        if "issue_date" in d:
            raise RequestValidationError(at + "issue_date", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "issue_date", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise RequestValidationError(at + "issue_date", "format", "must be a valid date")
    v = d.get("document_type")
    if v is None:
        if "document_type" in d:
            raise RequestValidationError(at + "document_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "document_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("name_on_document")
    if v is None:
        if "name_on_document" in d:
            raise RequestValidationError(at + "name_on_document", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "name_on_document", "type", "must be a string, not " + type(v).__name__
            )


def structure_UpdateSessionDataResponse(d: Any) -> UpdateSessionDataResponse:
    """Decode a JSON object into :class:`UpdateSessionDataResponse`."""
    v: Any
    o = _new(UpdateSessionDataResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateSessionDataResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateSessionDataResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_UpdateSessionDataResponse(o: UpdateSessionDataResponse) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and seen is not None and "session_id" in seen:
        d["session_id"] = None
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and seen is not None and "message" in seen:
        d["message"] = None
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and seen is not None and "node_id" in seen:
        d["node_id"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateSessionDataResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateSessionDataResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateSessionDataResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "session_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "message", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "node_id", "type", "must be a string, not " + type(v).__name__
                )


def structure_BlocklistAddRequest(d: Any) -> BlocklistAddRequest:
    """Decode a JSON object into :class:`BlocklistAddRequest`."""
    v: Any
    o = _new(BlocklistAddRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistAddRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistAddRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_BlocklistAddRequest(o: BlocklistAddRequest) -> dict[str, Any]:
    """Encode :class:`BlocklistAddRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (seen is None or "session_id" in seen):
        d["session_id"] = None
    v = o.blocklist_face
    if v is not None and v is not UNSET:
        d["blocklist_face"] = v
    elif v is None and seen is not None and "blocklist_face" in seen:
        d["blocklist_face"] = None
    v = o.blocklist_document
    if v is not None and v is not UNSET:
        d["blocklist_document"] = v
    elif v is None and seen is not None and "blocklist_document" in seen:
        d["blocklist_document"] = None
    v = o.blocklist_phone
    if v is not None and v is not UNSET:
        d["blocklist_phone"] = v
    elif v is None and seen is not None and "blocklist_phone" in seen:
        d["blocklist_phone"] = None
    v = o.blocklist_email
    if v is not None and v is not UNSET:
        d["blocklist_email"] = v
    elif v is None and seen is not None and "blocklist_email" in seen:
        d["blocklist_email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BlocklistAddRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BlocklistAddRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BlocklistAddRequest",
            "type",
            "must be an object, not " + type(d).__name__,
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
            raise RequestValidationError(
                at + "session_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("blocklist_face")
    if v is None:
        if "blocklist_face" in d:
            raise RequestValidationError(at + "blocklist_face", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "blocklist_face", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("blocklist_document")
    if v is None:
        if "blocklist_document" in d:
            raise RequestValidationError(at + "blocklist_document", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "blocklist_document", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("blocklist_phone")
    if v is None:
        if "blocklist_phone" in d:
            raise RequestValidationError(at + "blocklist_phone", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "blocklist_phone", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("blocklist_email")
    if v is None:
        if "blocklist_email" in d:
            raise RequestValidationError(at + "blocklist_email", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "blocklist_email", "type", "must be true or false, not " + type(v).__name__
            )


def structure_BlocklistRemoveRequest(d: Any) -> BlocklistRemoveRequest:
    """Decode a JSON object into :class:`BlocklistRemoveRequest`."""
    v: Any
    o = _new(BlocklistRemoveRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistRemoveRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistRemoveRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_BlocklistRemoveRequest(o: BlocklistRemoveRequest) -> dict[str, Any]:
    """Encode :class:`BlocklistRemoveRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (seen is None or "session_id" in seen):
        d["session_id"] = None
    v = o.unblock_face
    if v is not None and v is not UNSET:
        d["unblock_face"] = v
    elif v is None and seen is not None and "unblock_face" in seen:
        d["unblock_face"] = None
    v = o.unblock_document
    if v is not None and v is not UNSET:
        d["unblock_document"] = v
    elif v is None and seen is not None and "unblock_document" in seen:
        d["unblock_document"] = None
    v = o.unblock_phone
    if v is not None and v is not UNSET:
        d["unblock_phone"] = v
    elif v is None and seen is not None and "unblock_phone" in seen:
        d["unblock_phone"] = None
    v = o.unblock_email
    if v is not None and v is not UNSET:
        d["unblock_email"] = v
    elif v is None and seen is not None and "unblock_email" in seen:
        d["unblock_email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BlocklistRemoveRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BlocklistRemoveRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BlocklistRemoveRequest",
            "type",
            "must be an object, not " + type(d).__name__,
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
            raise RequestValidationError(
                at + "session_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("unblock_face")
    if v is None:
        if "unblock_face" in d:
            raise RequestValidationError(at + "unblock_face", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "unblock_face", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("unblock_document")
    if v is None:
        if "unblock_document" in d:
            raise RequestValidationError(at + "unblock_document", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "unblock_document", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("unblock_phone")
    if v is None:
        if "unblock_phone" in d:
            raise RequestValidationError(at + "unblock_phone", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "unblock_phone", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("unblock_email")
    if v is None:
        if "unblock_email" in d:
            raise RequestValidationError(at + "unblock_email", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "unblock_email", "type", "must be true or false, not " + type(v).__name__
            )


def structure_MessageResponse(d: Any) -> MessageResponse:
    """Decode a JSON object into :class:`MessageResponse`."""
    v: Any
    o = _new(MessageResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_MessageResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_MessageResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_MessageResponse(o: MessageResponse) -> dict[str, Any]:
    """Encode :class:`MessageResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and seen is not None and "message" in seen:
        d["message"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_MessageResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid MessageResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "MessageResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "message", "type", "must be a string, not " + type(v).__name__
                )


def structure_BlocklistEntry(d: Any) -> BlocklistEntry:
    """Decode a JSON object into :class:`BlocklistEntry`."""
    v: Any
    o = _new(BlocklistEntry)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistEntry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistEntry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_BlocklistEntry(o: BlocklistEntry) -> dict[str, Any]:
    """Encode :class:`BlocklistEntry` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.type
    if v is not None and v is not UNSET:
        d["type"] = v
    elif v is None and seen is not None and "type" in seen:
        d["type"] = None
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and seen is not None and "session_id" in seen:
        d["session_id"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and seen is not None and "session_number" in seen:
        d["session_number"] = None
    v = o.blocklisted_at
    if v is not None and v is not UNSET:
        d["blocklisted_at"] = v
    elif v is None and seen is not None and "blocklisted_at" in seen:
        d["blocklisted_at"] = None
    v = o.face_image
    if v is not None and v is not UNSET:
        d["face_image"] = v
    elif v is None and seen is not None and "face_image" in seen:
        d["face_image"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and seen is not None and "document_type" in seen:
        d["document_type"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and seen is not None and "document_number" in seen:
        d["document_number"] = None
    v = o.front_image
    if v is not None and v is not UNSET:
        d["front_image"] = v
    elif v is None and seen is not None and "front_image" in seen:
        d["front_image"] = None
    v = o.phone_number
    if v is not None and v is not UNSET:
        d["phone_number"] = v
    elif v is None and seen is not None and "phone_number" in seen:
        d["phone_number"] = None
    v = o.country_code
    if v is not None and v is not UNSET:
        d["country_code"] = v
    elif v is None and seen is not None and "country_code" in seen:
        d["country_code"] = None
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and seen is not None and "email" in seen:
        d["email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BlocklistEntry(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BlocklistEntry."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BlocklistEntry", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "session_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "session_number", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("blocklisted_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "blocklisted_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("face_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "face_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_type", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("document_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "document_number", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("front_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "front_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("phone_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "phone_number", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("country_code")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "country_code", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "email", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_BlocklistPage(o: BlocklistPage) -> dict[str, Any]:
    """Encode :class:`BlocklistPage` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.count
    if v is not None and v is not UNSET:
        d["count"] = v
    elif v is None and seen is not None and "count" in seen:
        d["count"] = None
    v = o.next
    if v is not None and v is not UNSET:
        d["next"] = v
    elif v is None and seen is not None and "next" in seen:
        d["next"] = None
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and seen is not None and "previous" in seen:
        d["previous"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = (
            [unstructure_BlocklistEntry(x) if isinstance(x, BlocklistEntry) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and (seen is None or "results" in seen):
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BlocklistPage(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BlocklistPage."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BlocklistPage", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("next")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "next", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("previous")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "previous", "type", "must be a string, not " + type(v).__name__
                )
    if "results" not in d:
        raise RequestValidationError(at + "results", "required", "is required")
    v = d.get("results")
    if v is None:
        if "results" in d:
            raise RequestValidationError(at + "results", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "results", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "results", "type", "must not contain null")
            validate_BlocklistEntry(x0, at + "results" + "[" + str(i0) + "]" + ".")


def structure_AccountRegisterRequest(d: Any) -> AccountRegisterRequest:
    """Decode a JSON object into :class:`AccountRegisterRequest`."""
    v: Any
    o = _new(AccountRegisterRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountRegisterRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountRegisterRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_AccountRegisterRequest(o: AccountRegisterRequest) -> dict[str, Any]:
    """Encode :class:`AccountRegisterRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (seen is None or "email" in seen):
        d["email"] = None
    v = o.password
    if v is not None and v is not UNSET:
        d["password"] = v
    elif v is None and (seen is None or "password" in seen):
        d["password"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountRegisterRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountRegisterRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountRegisterRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "password", "type", "must be a string, not " + type(v).__name__
            )
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
    v: Any
    o = _new(AccountRegisterResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountRegisterResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountRegisterResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_AccountRegisterResponse(o: AccountRegisterResponse) -> dict[str, Any]:
    """Encode :class:`AccountRegisterResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and seen is not None and "message" in seen:
        d["message"] = None
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and seen is not None and "email" in seen:
        d["email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountRegisterResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountRegisterResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountRegisterResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "message", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "email", "type", "must be a string, not " + type(v).__name__
                )


def structure_AccountVerifyEmailRequest(d: Any) -> AccountVerifyEmailRequest:
    """Decode a JSON object into :class:`AccountVerifyEmailRequest`."""
    v: Any
    o = _new(AccountVerifyEmailRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountVerifyEmailRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountVerifyEmailRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_AccountVerifyEmailRequest(o: AccountVerifyEmailRequest) -> dict[str, Any]:
    """Encode :class:`AccountVerifyEmailRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (seen is None or "email" in seen):
        d["email"] = None
    v = o.code
    if v is not None and v is not UNSET:
        d["code"] = v
    elif v is None and (seen is None or "code" in seen):
        d["code"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountVerifyEmailRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountVerifyEmailRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountVerifyEmailRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "code", "type", "must be a string, not " + type(v).__name__
            )
        if _P3.search(v) is None:
            raise RequestValidationError(
                at + "code", "pattern", "does not have the expected format (^[A-Za-z0-9]{6}$)"
            )


def structure_AccountOrganization(d: Any) -> AccountOrganization:
    """Decode a JSON object into :class:`AccountOrganization`."""
    v: Any
    o = _new(AccountOrganization)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountOrganization.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountOrganization
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_AccountOrganization(o: AccountOrganization) -> dict[str, Any]:
    """Encode :class:`AccountOrganization` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and seen is not None and "uuid" in seen:
        d["uuid"] = None
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and seen is not None and "name" in seen:
        d["name"] = None
    v = o.contact_email
    if v is not None and v is not UNSET:
        d["contact_email"] = v
    elif v is None and seen is not None and "contact_email" in seen:
        d["contact_email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountOrganization(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountOrganization."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountOrganization",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "uuid", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("contact_email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "contact_email", "type", "must be a string, not " + type(v).__name__
                )


def structure_AccountApplication(d: Any) -> AccountApplication:
    """Decode a JSON object into :class:`AccountApplication`."""
    v: Any
    o = _new(AccountApplication)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountApplication.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountApplication
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_AccountApplication(o: AccountApplication) -> dict[str, Any]:
    """Encode :class:`AccountApplication` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and seen is not None and "uuid" in seen:
        d["uuid"] = None
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and seen is not None and "name" in seen:
        d["name"] = None
    v = o.client_id
    if v is not None and v is not UNSET:
        d["client_id"] = v
    elif v is None and seen is not None and "client_id" in seen:
        d["client_id"] = None
    v = o.api_key
    if v is not None and v is not UNSET:
        d["api_key"] = v
    elif v is None and seen is not None and "api_key" in seen:
        d["api_key"] = None
    v = o.website_url
    if v is not None and v is not UNSET:
        d["website_url"] = v
    elif v is None and seen is not None and "website_url" in seen:
        d["website_url"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountApplication(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountApplication."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountApplication",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "uuid", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("client_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "client_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("api_key")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "api_key", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("website_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "website_url", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_AccountTokenResponse(o: AccountTokenResponse) -> dict[str, Any]:
    """Encode :class:`AccountTokenResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.access_token
    if v is not None and v is not UNSET:
        d["access_token"] = v
    elif v is None and (seen is None or "access_token" in seen):
        d["access_token"] = None
    v = o.refresh_token
    if v is not None and v is not UNSET:
        d["refresh_token"] = v
    elif v is None and seen is not None and "refresh_token" in seen:
        d["refresh_token"] = None
    v = o.expires_in
    if v is not None and v is not UNSET:
        d["expires_in"] = v
    elif v is None and seen is not None and "expires_in" in seen:
        d["expires_in"] = None
    v = o.organization
    if v is not None and v is not UNSET:
        d["organization"] = (
            unstructure_AccountOrganization(v) if isinstance(v, AccountOrganization) else v
        )
    elif v is None and seen is not None and "organization" in seen:
        d["organization"] = None
    v = o.application
    if v is not None and v is not UNSET:
        d["application"] = (
            unstructure_AccountApplication(v) if isinstance(v, AccountApplication) else v
        )
    elif v is None and seen is not None and "application" in seen:
        d["application"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountTokenResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountTokenResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountTokenResponse",
            "type",
            "must be an object, not " + type(d).__name__,
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
            raise RequestValidationError(
                at + "access_token", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("refresh_token")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "refresh_token", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("expires_in")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "expires_in", "type", "must be an integer, not " + type(v).__name__
                )
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
    v: Any
    o = _new(AccountLoginRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountLoginRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountLoginRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_AccountLoginRequest(o: AccountLoginRequest) -> dict[str, Any]:
    """Encode :class:`AccountLoginRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (seen is None or "email" in seen):
        d["email"] = None
    v = o.password
    if v is not None and v is not UNSET:
        d["password"] = v
    elif v is None and (seen is None or "password" in seen):
        d["password"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountLoginRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountLoginRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountLoginRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "password", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise RequestValidationError(
                at + "password", "min_length", "must have at least 1 characters"
            )


def structure_AccountResendOtpRequest(d: Any) -> AccountResendOtpRequest:
    """Decode a JSON object into :class:`AccountResendOtpRequest`."""
    v: Any
    o = _new(AccountResendOtpRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountResendOtpRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountResendOtpRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_AccountResendOtpRequest(o: AccountResendOtpRequest) -> dict[str, Any]:
    """Encode :class:`AccountResendOtpRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (seen is None or "email" in seen):
        d["email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountResendOtpRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountResendOtpRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountResendOtpRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise RequestValidationError(at + "email", "format", "must be a valid email")


def structure_Organization(d: Any) -> Organization:
    """Decode a JSON object into :class:`Organization`."""
    v: Any
    o = _new(Organization)
    vals = o.__dict__
    vals.update(d)
    if _K_Organization.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Organization
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_Organization(o: Organization) -> dict[str, Any]:
    """Encode :class:`Organization` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and seen is not None and "uuid" in seen:
        d["uuid"] = None
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and seen is not None and "name" in seen:
        d["name"] = None
    v = o.contact_email
    if v is not None and v is not UNSET:
        d["contact_email"] = v
    elif v is None and seen is not None and "contact_email" in seen:
        d["contact_email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_Organization(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid Organization."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "Organization", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "uuid", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("contact_email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "contact_email", "type", "must be a string, not " + type(v).__name__
                )


def structure_ApplicationCredentials(d: Any) -> ApplicationCredentials:
    """Decode a JSON object into :class:`ApplicationCredentials`."""
    v: Any
    o = _new(ApplicationCredentials)
    vals = o.__dict__
    vals.update(d)
    if _K_ApplicationCredentials.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ApplicationCredentials
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_ApplicationCredentials(o: ApplicationCredentials) -> dict[str, Any]:
    """Encode :class:`ApplicationCredentials` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and seen is not None and "uuid" in seen:
        d["uuid"] = None
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and seen is not None and "name" in seen:
        d["name"] = None
    v = o.client_id
    if v is not None and v is not UNSET:
        d["client_id"] = v
    elif v is None and seen is not None and "client_id" in seen:
        d["client_id"] = None
    v = o.api_key
    if v is not None and v is not UNSET:
        d["api_key"] = v
    elif v is None and seen is not None and "api_key" in seen:
        d["api_key"] = None
    v = o.website_url
    if v is not None and v is not UNSET:
        d["website_url"] = v
    elif v is None and seen is not None and "website_url" in seen:
        d["website_url"] = None
    v = o.mode
    if v is not None and v is not UNSET:
        d["mode"] = v
    elif v is None and seen is not None and "mode" in seen:
        d["mode"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ApplicationCredentials(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ApplicationCredentials."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ApplicationCredentials",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "uuid", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("client_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "client_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("api_key")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "api_key", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("website_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "website_url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("mode")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "mode", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


def structure_CreateApplicationRequest(d: Any) -> CreateApplicationRequest:
    """Decode a JSON object into :class:`CreateApplicationRequest`."""
    v: Any
    o = _new(CreateApplicationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CreateApplicationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CreateApplicationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_CreateApplicationRequest(o: CreateApplicationRequest) -> dict[str, Any]:
    """Encode :class:`CreateApplicationRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and (seen is None or "name" in seen):
        d["name"] = None
    v = o.website_url
    if v is not None and v is not UNSET:
        d["website_url"] = v
    elif v is None and seen is not None and "website_url" in seen:
        d["website_url"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_CreateApplicationRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid CreateApplicationRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "CreateApplicationRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "name" not in d:
        raise RequestValidationError(at + "name", "required", "is required")
    v = d.get("name")
    if v is None:
        if "name" in d:
            raise RequestValidationError(at + "name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "name", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "website_url", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uri(v):
            raise RequestValidationError(at + "website_url", "format", "must be a valid uri")


def structure_WorkflowFeature(d: Any) -> WorkflowFeature:
    """Decode a JSON object into :class:`WorkflowFeature`."""
    v: Any
    o = _new(WorkflowFeature)
    vals = o.__dict__
    vals.update(d)
    if _K_WorkflowFeature.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WorkflowFeature
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_WorkflowFeature(o: WorkflowFeature) -> dict[str, Any]:
    """Encode :class:`WorkflowFeature` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.feature
    if v is not None and v is not UNSET:
        d["feature"] = v
    elif v is None and (seen is None or "feature" in seen):
        d["feature"] = None
    v = o.config
    if v is not None and v is not UNSET:
        d["config"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "config" in seen:
        d["config"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WorkflowFeature(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WorkflowFeature."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WorkflowFeature",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "feature" not in d:
        raise RequestValidationError(at + "feature", "required", "is required")
    v = d.get("feature")
    if v is None:
        if "feature" in d:
            raise RequestValidationError(at + "feature", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline3:
            raise RequestValidationError(
                at + "feature",
                "enum",
                "must be one of: OCR, LIVENESS, FACE_MATCH, AML, QUESTIONNAIRE, EMAIL_VERIFICATION, PHONE_VERIFICATION, PROOF_OF_ADDRESS, NFC, IP_ANALYSIS, DATABASE_VALIDATION, AGE_ESTIMATION"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("config")
    if v is None:
        if "config" in d:
            raise RequestValidationError(at + "config", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(
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


def unstructure_WorkflowCreateRequest(o: WorkflowCreateRequest) -> dict[str, Any]:
    """Encode :class:`WorkflowCreateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.workflow_label
    if v is not None and v is not UNSET:
        d["workflow_label"] = v
    elif v is None and seen is not None and "workflow_label" in seen:
        d["workflow_label"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = (
            [unstructure_WorkflowFeature(x) if isinstance(x, WorkflowFeature) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "features" in seen:
        d["features"] = None
    v = o.workflow_type
    if v is not None and v is not UNSET:
        d["workflow_type"] = v.value if isinstance(v, WorkflowType) else v
    elif v is None and seen is not None and "workflow_type" in seen:
        d["workflow_type"] = None
    v = o.is_default
    if v is not None and v is not UNSET:
        d["is_default"] = v
    elif v is None and seen is not None and "is_default" in seen:
        d["is_default"] = None
    v = o.is_ocr_enabled
    if v is not None and v is not UNSET:
        d["is_ocr_enabled"] = v
    elif v is None and seen is not None and "is_ocr_enabled" in seen:
        d["is_ocr_enabled"] = None
    v = o.is_liveness_enabled
    if v is not None and v is not UNSET:
        d["is_liveness_enabled"] = v
    elif v is None and seen is not None and "is_liveness_enabled" in seen:
        d["is_liveness_enabled"] = None
    v = o.face_liveness_method
    if v is not None and v is not UNSET:
        d["face_liveness_method"] = v
    elif v is None and seen is not None and "face_liveness_method" in seen:
        d["face_liveness_method"] = None
    v = o.face_liveness_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_liveness_score_decline_threshold"] = v
    elif v is None and seen is not None and "face_liveness_score_decline_threshold" in seen:
        d["face_liveness_score_decline_threshold"] = None
    v = o.is_face_match_enabled
    if v is not None and v is not UNSET:
        d["is_face_match_enabled"] = v
    elif v is None and seen is not None and "is_face_match_enabled" in seen:
        d["is_face_match_enabled"] = None
    v = o.face_match_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_match_score_decline_threshold"] = v
    elif v is None and seen is not None and "face_match_score_decline_threshold" in seen:
        d["face_match_score_decline_threshold"] = None
    v = o.face_match_score_review_threshold
    if v is not None and v is not UNSET:
        d["face_match_score_review_threshold"] = v
    elif v is None and seen is not None and "face_match_score_review_threshold" in seen:
        d["face_match_score_review_threshold"] = None
    v = o.is_aml_enabled
    if v is not None and v is not UNSET:
        d["is_aml_enabled"] = v
    elif v is None and seen is not None and "is_aml_enabled" in seen:
        d["is_aml_enabled"] = None
    v = o.aml_decline_threshold
    if v is not None and v is not UNSET:
        d["aml_decline_threshold"] = v
    elif v is None and seen is not None and "aml_decline_threshold" in seen:
        d["aml_decline_threshold"] = None
    v = o.is_phone_verification_enabled
    if v is not None and v is not UNSET:
        d["is_phone_verification_enabled"] = v
    elif v is None and seen is not None and "is_phone_verification_enabled" in seen:
        d["is_phone_verification_enabled"] = None
    v = o.is_email_verification_enabled
    if v is not None and v is not UNSET:
        d["is_email_verification_enabled"] = v
    elif v is None and seen is not None and "is_email_verification_enabled" in seen:
        d["is_email_verification_enabled"] = None
    v = o.is_database_validation_enabled
    if v is not None and v is not UNSET:
        d["is_database_validation_enabled"] = v
    elif v is None and seen is not None and "is_database_validation_enabled" in seen:
        d["is_database_validation_enabled"] = None
    v = o.is_ip_analysis_enabled
    if v is not None and v is not UNSET:
        d["is_ip_analysis_enabled"] = v
    elif v is None and seen is not None and "is_ip_analysis_enabled" in seen:
        d["is_ip_analysis_enabled"] = None
    v = o.is_nfc_enabled
    if v is not None and v is not UNSET:
        d["is_nfc_enabled"] = v
    elif v is None and seen is not None and "is_nfc_enabled" in seen:
        d["is_nfc_enabled"] = None
    v = o.is_age_restrictions_enabled
    if v is not None and v is not UNSET:
        d["is_age_restrictions_enabled"] = v
    elif v is None and seen is not None and "is_age_restrictions_enabled" in seen:
        d["is_age_restrictions_enabled"] = None
    v = o.documents_allowed
    if v is not None and v is not UNSET:
        d["documents_allowed"] = (
            dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
        )
    elif v is None and seen is not None and "documents_allowed" in seen:
        d["documents_allowed"] = None
    v = o.duplicated_user_action
    if v is not None and v is not UNSET:
        d["duplicated_user_action"] = v
    elif v is None and seen is not None and "duplicated_user_action" in seen:
        d["duplicated_user_action"] = None
    v = o.max_retry_attempts
    if v is not None and v is not UNSET:
        d["max_retry_attempts"] = v
    elif v is None and seen is not None and "max_retry_attempts" in seen:
        d["max_retry_attempts"] = None
    v = o.retry_window_days
    if v is not None and v is not UNSET:
        d["retry_window_days"] = v
    elif v is None and seen is not None and "retry_window_days" in seen:
        d["retry_window_days"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WorkflowCreateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WorkflowCreateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WorkflowCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("workflow_label")
    if v is None:
        if "workflow_label" in d:
            raise RequestValidationError(at + "workflow_label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "workflow_label", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "features", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "features", "type", "must not contain null")
            validate_WorkflowFeature(x0, at + "features" + "[" + str(i0) + "]" + ".")
    v = d.get("workflow_type")
    if v is None:
        if "workflow_type" in d:
            raise RequestValidationError(at + "workflow_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_WorkflowType:
            raise RequestValidationError(
                at + "workflow_type",
                "enum",
                "must be one of: kyc, adaptive_age_verification, biometric_authentication, address_verification, questionnaire_verification, email_verification, phone_verification"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("is_default")
    if v is None:
        if "is_default" in d:
            raise RequestValidationError(at + "is_default", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_default", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_ocr_enabled")
    if v is None:
        if "is_ocr_enabled" in d:
            raise RequestValidationError(at + "is_ocr_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_ocr_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_liveness_enabled")
    if v is None:
        if "is_liveness_enabled" in d:
            raise RequestValidationError(at + "is_liveness_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_liveness_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("face_liveness_method")
    if v is None:
        if "face_liveness_method" in d:
            raise RequestValidationError(at + "face_liveness_method", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline4:
            raise RequestValidationError(
                at + "face_liveness_method",
                "enum",
                "must be one of: passive, active_3d, flashing"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
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
                at + "face_liveness_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
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
                at + "is_face_match_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
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
                at + "face_match_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
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
                at + "face_match_score_review_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
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
            raise RequestValidationError(
                at + "is_aml_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("aml_decline_threshold")
    if v is None:
        if "aml_decline_threshold" in d:
            raise RequestValidationError(at + "aml_decline_threshold", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "aml_decline_threshold", "type", "must be an integer, not " + type(v).__name__
            )
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
                at + "is_phone_verification_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
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
                at + "is_email_verification_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
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
                at + "is_database_validation_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_ip_analysis_enabled")
    if v is None:
        if "is_ip_analysis_enabled" in d:
            raise RequestValidationError(at + "is_ip_analysis_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_ip_analysis_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_nfc_enabled")
    if v is None:
        if "is_nfc_enabled" in d:
            raise RequestValidationError(at + "is_nfc_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_nfc_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_age_restrictions_enabled")
    if v is None:
        if "is_age_restrictions_enabled" in d:
            raise RequestValidationError(
                at + "is_age_restrictions_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_age_restrictions_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("documents_allowed")
    if v is None:
        if "documents_allowed" in d:
            raise RequestValidationError(at + "documents_allowed", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(
                at + "documents_allowed", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("duplicated_user_action")
    if v is None:
        if "duplicated_user_action" in d:
            raise RequestValidationError(at + "duplicated_user_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline5:
            raise RequestValidationError(
                at + "duplicated_user_action",
                "enum",
                "must be one of: no_action, review, decline"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("max_retry_attempts")
    if v is None:
        if "max_retry_attempts" in d:
            raise RequestValidationError(at + "max_retry_attempts", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "max_retry_attempts", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise RequestValidationError(at + "max_retry_attempts", "min", "must be at least 0")
    v = d.get("retry_window_days")
    if v is None:
        if "retry_window_days" in d:
            raise RequestValidationError(at + "retry_window_days", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "retry_window_days", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise RequestValidationError(at + "retry_window_days", "min", "must be at least 0")


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


def unstructure_WorkflowUpdateRequest(o: WorkflowUpdateRequest) -> dict[str, Any]:
    """Encode :class:`WorkflowUpdateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.workflow_label
    if v is not None and v is not UNSET:
        d["workflow_label"] = v
    elif v is None and seen is not None and "workflow_label" in seen:
        d["workflow_label"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = (
            [unstructure_WorkflowFeature(x) if isinstance(x, WorkflowFeature) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "features" in seen:
        d["features"] = None
    v = o.workflow_type
    if v is not None and v is not UNSET:
        d["workflow_type"] = v.value if isinstance(v, WorkflowType) else v
    elif v is None and seen is not None and "workflow_type" in seen:
        d["workflow_type"] = None
    v = o.is_default
    if v is not None and v is not UNSET:
        d["is_default"] = v
    elif v is None and seen is not None and "is_default" in seen:
        d["is_default"] = None
    v = o.is_ocr_enabled
    if v is not None and v is not UNSET:
        d["is_ocr_enabled"] = v
    elif v is None and seen is not None and "is_ocr_enabled" in seen:
        d["is_ocr_enabled"] = None
    v = o.is_liveness_enabled
    if v is not None and v is not UNSET:
        d["is_liveness_enabled"] = v
    elif v is None and seen is not None and "is_liveness_enabled" in seen:
        d["is_liveness_enabled"] = None
    v = o.face_liveness_method
    if v is not None and v is not UNSET:
        d["face_liveness_method"] = v
    elif v is None and seen is not None and "face_liveness_method" in seen:
        d["face_liveness_method"] = None
    v = o.face_liveness_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_liveness_score_decline_threshold"] = v
    elif v is None and seen is not None and "face_liveness_score_decline_threshold" in seen:
        d["face_liveness_score_decline_threshold"] = None
    v = o.is_face_match_enabled
    if v is not None and v is not UNSET:
        d["is_face_match_enabled"] = v
    elif v is None and seen is not None and "is_face_match_enabled" in seen:
        d["is_face_match_enabled"] = None
    v = o.face_match_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_match_score_decline_threshold"] = v
    elif v is None and seen is not None and "face_match_score_decline_threshold" in seen:
        d["face_match_score_decline_threshold"] = None
    v = o.face_match_score_review_threshold
    if v is not None and v is not UNSET:
        d["face_match_score_review_threshold"] = v
    elif v is None and seen is not None and "face_match_score_review_threshold" in seen:
        d["face_match_score_review_threshold"] = None
    v = o.is_aml_enabled
    if v is not None and v is not UNSET:
        d["is_aml_enabled"] = v
    elif v is None and seen is not None and "is_aml_enabled" in seen:
        d["is_aml_enabled"] = None
    v = o.aml_decline_threshold
    if v is not None and v is not UNSET:
        d["aml_decline_threshold"] = v
    elif v is None and seen is not None and "aml_decline_threshold" in seen:
        d["aml_decline_threshold"] = None
    v = o.is_phone_verification_enabled
    if v is not None and v is not UNSET:
        d["is_phone_verification_enabled"] = v
    elif v is None and seen is not None and "is_phone_verification_enabled" in seen:
        d["is_phone_verification_enabled"] = None
    v = o.is_email_verification_enabled
    if v is not None and v is not UNSET:
        d["is_email_verification_enabled"] = v
    elif v is None and seen is not None and "is_email_verification_enabled" in seen:
        d["is_email_verification_enabled"] = None
    v = o.is_database_validation_enabled
    if v is not None and v is not UNSET:
        d["is_database_validation_enabled"] = v
    elif v is None and seen is not None and "is_database_validation_enabled" in seen:
        d["is_database_validation_enabled"] = None
    v = o.is_ip_analysis_enabled
    if v is not None and v is not UNSET:
        d["is_ip_analysis_enabled"] = v
    elif v is None and seen is not None and "is_ip_analysis_enabled" in seen:
        d["is_ip_analysis_enabled"] = None
    v = o.is_nfc_enabled
    if v is not None and v is not UNSET:
        d["is_nfc_enabled"] = v
    elif v is None and seen is not None and "is_nfc_enabled" in seen:
        d["is_nfc_enabled"] = None
    v = o.is_age_restrictions_enabled
    if v is not None and v is not UNSET:
        d["is_age_restrictions_enabled"] = v
    elif v is None and seen is not None and "is_age_restrictions_enabled" in seen:
        d["is_age_restrictions_enabled"] = None
    v = o.documents_allowed
    if v is not None and v is not UNSET:
        d["documents_allowed"] = (
            dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
        )
    elif v is None and seen is not None and "documents_allowed" in seen:
        d["documents_allowed"] = None
    v = o.duplicated_user_action
    if v is not None and v is not UNSET:
        d["duplicated_user_action"] = v
    elif v is None and seen is not None and "duplicated_user_action" in seen:
        d["duplicated_user_action"] = None
    v = o.max_retry_attempts
    if v is not None and v is not UNSET:
        d["max_retry_attempts"] = v
    elif v is None and seen is not None and "max_retry_attempts" in seen:
        d["max_retry_attempts"] = None
    v = o.retry_window_days
    if v is not None and v is not UNSET:
        d["retry_window_days"] = v
    elif v is None and seen is not None and "retry_window_days" in seen:
        d["retry_window_days"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WorkflowUpdateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WorkflowUpdateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WorkflowUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("workflow_label")
    if v is None:
        if "workflow_label" in d:
            raise RequestValidationError(at + "workflow_label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "workflow_label", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "features", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "features", "type", "must not contain null")
            validate_WorkflowFeature(x0, at + "features" + "[" + str(i0) + "]" + ".")
    v = d.get("workflow_type")
    if v is None:
        if "workflow_type" in d:
            raise RequestValidationError(at + "workflow_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_WorkflowType:
            raise RequestValidationError(
                at + "workflow_type",
                "enum",
                "must be one of: kyc, adaptive_age_verification, biometric_authentication, address_verification, questionnaire_verification, email_verification, phone_verification"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("is_default")
    if v is None:
        if "is_default" in d:
            raise RequestValidationError(at + "is_default", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_default", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_ocr_enabled")
    if v is None:
        if "is_ocr_enabled" in d:
            raise RequestValidationError(at + "is_ocr_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_ocr_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_liveness_enabled")
    if v is None:
        if "is_liveness_enabled" in d:
            raise RequestValidationError(at + "is_liveness_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_liveness_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("face_liveness_method")
    if v is None:
        if "face_liveness_method" in d:
            raise RequestValidationError(at + "face_liveness_method", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline4:
            raise RequestValidationError(
                at + "face_liveness_method",
                "enum",
                "must be one of: passive, active_3d, flashing"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
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
                at + "face_liveness_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
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
                at + "is_face_match_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
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
                at + "face_match_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
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
                at + "face_match_score_review_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
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
            raise RequestValidationError(
                at + "is_aml_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("aml_decline_threshold")
    if v is None:
        if "aml_decline_threshold" in d:
            raise RequestValidationError(at + "aml_decline_threshold", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "aml_decline_threshold", "type", "must be an integer, not " + type(v).__name__
            )
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
                at + "is_phone_verification_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
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
                at + "is_email_verification_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
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
                at + "is_database_validation_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_ip_analysis_enabled")
    if v is None:
        if "is_ip_analysis_enabled" in d:
            raise RequestValidationError(at + "is_ip_analysis_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_ip_analysis_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_nfc_enabled")
    if v is None:
        if "is_nfc_enabled" in d:
            raise RequestValidationError(at + "is_nfc_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_nfc_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_age_restrictions_enabled")
    if v is None:
        if "is_age_restrictions_enabled" in d:
            raise RequestValidationError(
                at + "is_age_restrictions_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_age_restrictions_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("documents_allowed")
    if v is None:
        if "documents_allowed" in d:
            raise RequestValidationError(at + "documents_allowed", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(
                at + "documents_allowed", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("duplicated_user_action")
    if v is None:
        if "duplicated_user_action" in d:
            raise RequestValidationError(at + "duplicated_user_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline5:
            raise RequestValidationError(
                at + "duplicated_user_action",
                "enum",
                "must be one of: no_action, review, decline"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("max_retry_attempts")
    if v is None:
        if "max_retry_attempts" in d:
            raise RequestValidationError(at + "max_retry_attempts", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "max_retry_attempts", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise RequestValidationError(at + "max_retry_attempts", "min", "must be at least 0")
    v = d.get("retry_window_days")
    if v is None:
        if "retry_window_days" in d:
            raise RequestValidationError(at + "retry_window_days", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "retry_window_days", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise RequestValidationError(at + "retry_window_days", "min", "must be at least 0")


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


def unstructure_Workflow(o: Workflow) -> dict[str, Any]:
    """Encode :class:`Workflow` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and (seen is None or "uuid" in seen):
        d["uuid"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and seen is not None and "workflow_id" in seen:
        d["workflow_id"] = None
    v = o.workflow_label
    if v is not None and v is not UNSET:
        d["workflow_label"] = v
    elif v is None and seen is not None and "workflow_label" in seen:
        d["workflow_label"] = None
    v = o.workflow_type
    if v is not None and v is not UNSET:
        d["workflow_type"] = v.value if isinstance(v, WorkflowType) else v
    elif v is None and seen is not None and "workflow_type" in seen:
        d["workflow_type"] = None
    v = o.is_default
    if v is not None and v is not UNSET:
        d["is_default"] = v
    elif v is None and seen is not None and "is_default" in seen:
        d["is_default"] = None
    v = o.is_archived
    if v is not None and v is not UNSET:
        d["is_archived"] = v
    elif v is None and seen is not None and "is_archived" in seen:
        d["is_archived"] = None
    v = o.total_price
    if v is not None and v is not UNSET:
        d["total_price"] = v
    elif v is None and seen is not None and "total_price" in seen:
        d["total_price"] = None
    v = o.min_price
    if v is not None and v is not UNSET:
        d["min_price"] = v
    elif v is None and seen is not None and "min_price" in seen:
        d["min_price"] = None
    v = o.max_price
    if v is not None and v is not UNSET:
        d["max_price"] = v
    elif v is None and seen is not None and "max_price" in seen:
        d["max_price"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = (
            [
                (unstructure_WorkflowFeature(x) if isinstance(x, WorkflowFeature) else x)
                if isinstance(x, WorkflowFeature)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "features" in seen:
        d["features"] = None
    v = o.is_simple_workflow
    if v is not None and v is not UNSET:
        d["is_simple_workflow"] = v
    elif v is None and seen is not None and "is_simple_workflow" in seen:
        d["is_simple_workflow"] = None
    v = o.is_editable
    if v is not None and v is not UNSET:
        d["is_editable"] = v
    elif v is None and seen is not None and "is_editable" in seen:
        d["is_editable"] = None
    v = o.workflow_url
    if v is not None and v is not UNSET:
        d["workflow_url"] = v
    elif v is None and seen is not None and "workflow_url" in seen:
        d["workflow_url"] = None
    v = o.max_retry_attempts
    if v is not None and v is not UNSET:
        d["max_retry_attempts"] = v
    elif v is None and seen is not None and "max_retry_attempts" in seen:
        d["max_retry_attempts"] = None
    v = o.retry_window_days
    if v is not None and v is not UNSET:
        d["retry_window_days"] = v
    elif v is None and seen is not None and "retry_window_days" in seen:
        d["retry_window_days"] = None
    v = o.special_add_on_prices
    if v is not None and v is not UNSET:
        d["special_add_on_prices"] = (
            dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
        )
    elif v is None and seen is not None and "special_add_on_prices" in seen:
        d["special_add_on_prices"] = None
    v = o.version
    if v is not None and v is not UNSET:
        d["version"] = v
    elif v is None and seen is not None and "version" in seen:
        d["version"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_Workflow(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid Workflow."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "Workflow", "type", "must be an object, not " + type(d).__name__
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
            raise RequestValidationError(
                at + "uuid", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("workflow_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "workflow_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("workflow_label")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "workflow_label", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("workflow_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_WorkflowType:
                raise RequestValidationError(
                    at + "workflow_type",
                    "enum",
                    "must be one of: kyc, adaptive_age_verification, biometric_authentication, address_verification, questionnaire_verification, email_verification, phone_verification"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("is_default")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_default", "type", "must be true or false, not " + type(v).__name__
                )
    v = d.get("is_archived")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_archived", "type", "must be true or false, not " + type(v).__name__
                )
    v = d.get("total_price")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "total_price", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("min_price")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "min_price", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("max_price")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "max_price", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("features")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "features", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "features", "type", "must not contain null")
                if not (isinstance(x0, str) or isinstance(x0, Mapping)):
                    raise RequestValidationError(
                        at + "features" + "[" + str(i0) + "]",
                        "type",
                        "must be one of: string, object, not " + type(x0).__name__,
                    )
                if isinstance(x0, str):
                    if not isinstance(x0, str):
                        raise RequestValidationError(
                            at + "features" + "[" + str(i0) + "]",
                            "type",
                            "must be a string, not " + type(x0).__name__,
                        )
                if isinstance(x0, Mapping):
                    validate_WorkflowFeature(x0, at + "features" + "[" + str(i0) + "]" + ".")
    v = d.get("is_simple_workflow")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_simple_workflow",
                    "type",
                    "must be true or false, not " + type(v).__name__,
                )
    v = d.get("is_editable")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_editable", "type", "must be true or false, not " + type(v).__name__
                )
    v = d.get("workflow_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "workflow_url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("max_retry_attempts")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "max_retry_attempts", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("retry_window_days")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "retry_window_days", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("special_add_on_prices")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "special_add_on_prices",
                    "type",
                    "must be an object, not " + type(v).__name__,
                )
    v = d.get("version")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "version", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


def structure_QuestionnaireOption(d: Any) -> QuestionnaireOption:
    """Decode a JSON object into :class:`QuestionnaireOption`."""
    v: Any
    o = _new(QuestionnaireOption)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireOption.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireOption
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_QuestionnaireOption(o: QuestionnaireOption) -> dict[str, Any]:
    """Encode :class:`QuestionnaireOption` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.label
    if v is not None and v is not UNSET:
        d["label"] = v
    elif v is None and (seen is None or "label" in seen):
        d["label"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_QuestionnaireOption(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid QuestionnaireOption."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "QuestionnaireOption",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "label" not in d:
        raise RequestValidationError(at + "label", "required", "is required")
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise RequestValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(
                at + "label", "type", "must be an object, not " + type(v).__name__
            )
        for k0, x0 in v.items():
            if not isinstance(x0, str):
                raise RequestValidationError(
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


def unstructure_QuestionnaireFormElement(o: QuestionnaireFormElement) -> dict[str, Any]:
    """Encode :class:`QuestionnaireFormElement` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.element_type
    if v is not None and v is not UNSET:
        d["element_type"] = v
    elif v is None and (seen is None or "element_type" in seen):
        d["element_type"] = None
    v = o.label
    if v is not None and v is not UNSET:
        d["label"] = v
    elif v is None and (seen is None or "label" in seen):
        d["label"] = None
    v = o.is_required
    if v is not None and v is not UNSET:
        d["is_required"] = v
    elif v is None and seen is not None and "is_required" in seen:
        d["is_required"] = None
    v = o.options
    if v is not None and v is not UNSET:
        d["options"] = (
            [
                unstructure_QuestionnaireOption(x) if isinstance(x, QuestionnaireOption) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "options" in seen:
        d["options"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_QuestionnaireFormElement(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid QuestionnaireFormElement."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "QuestionnaireFormElement",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "element_type" not in d:
        raise RequestValidationError(at + "element_type", "required", "is required")
    v = d.get("element_type")
    if v is None:
        if "element_type" in d:
            raise RequestValidationError(at + "element_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline6:
            raise RequestValidationError(
                at + "element_type",
                "enum",
                "must be one of: short_text, long_text, multiple_choice, checkbox, file_upload, date, number"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "label" not in d:
        raise RequestValidationError(at + "label", "required", "is required")
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise RequestValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(
                at + "label", "type", "must be an object, not " + type(v).__name__
            )
        if len(v) < 1:
            raise RequestValidationError(
                at + "label", "min_properties", "must have at least 1 entry"
            )
        for k0, x0 in v.items():
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "label" + "." + str(k0),
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("is_required")
    if v is None:
        if "is_required" in d:
            raise RequestValidationError(at + "is_required", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_required", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("options")
    if v is None:
        if "options" in d:
            raise RequestValidationError(at + "options", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "options", "type", "must be a list, not " + type(v).__name__
            )
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
    return o


def unstructure_QuestionnaireCreateRequest(o: QuestionnaireCreateRequest) -> dict[str, Any]:
    """Encode :class:`QuestionnaireCreateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.title
    if v is not None and v is not UNSET:
        d["title"] = v
    elif v is None and (seen is None or "title" in seen):
        d["title"] = None
    v = o.description
    if v is not None and v is not UNSET:
        d["description"] = v
    elif v is None and seen is not None and "description" in seen:
        d["description"] = None
    v = o.default_language
    if v is not None and v is not UNSET:
        d["default_language"] = v
    elif v is None and seen is not None and "default_language" in seen:
        d["default_language"] = None
    v = o.languages
    if v is not None and v is not UNSET:
        d["languages"] = v
    elif v is None and seen is not None and "languages" in seen:
        d["languages"] = None
    v = o.form_elements
    if v is not None and v is not UNSET:
        d["form_elements"] = (
            [
                unstructure_QuestionnaireFormElement(x)
                if isinstance(x, QuestionnaireFormElement)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and (seen is None or "form_elements" in seen):
        d["form_elements"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_QuestionnaireCreateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid QuestionnaireCreateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "QuestionnaireCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "title" not in d:
        raise RequestValidationError(at + "title", "required", "is required")
    v = d.get("title")
    if v is None:
        if "title" in d:
            raise RequestValidationError(at + "title", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "title", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "description", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("default_language")
    if v is None:
        if "default_language" in d:
            raise RequestValidationError(at + "default_language", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "default_language", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("languages")
    if v is None:
        if "languages" in d:
            raise RequestValidationError(at + "languages", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "languages", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "languages", "type", "must not contain null")
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "languages" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    if "form_elements" not in d:
        raise RequestValidationError(at + "form_elements", "required", "is required")
    v = d.get("form_elements")
    if v is None:
        if "form_elements" in d:
            raise RequestValidationError(at + "form_elements", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "form_elements", "type", "must be a list, not " + type(v).__name__
            )
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
    return o


def unstructure_QuestionnaireUpdateRequest(o: QuestionnaireUpdateRequest) -> dict[str, Any]:
    """Encode :class:`QuestionnaireUpdateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.title
    if v is not None and v is not UNSET:
        d["title"] = v
    elif v is None and seen is not None and "title" in seen:
        d["title"] = None
    v = o.description
    if v is not None and v is not UNSET:
        d["description"] = v
    elif v is None and seen is not None and "description" in seen:
        d["description"] = None
    v = o.default_language
    if v is not None and v is not UNSET:
        d["default_language"] = v
    elif v is None and seen is not None and "default_language" in seen:
        d["default_language"] = None
    v = o.languages
    if v is not None and v is not UNSET:
        d["languages"] = v
    elif v is None and seen is not None and "languages" in seen:
        d["languages"] = None
    v = o.form_elements
    if v is not None and v is not UNSET:
        d["form_elements"] = (
            [
                unstructure_QuestionnaireFormElement(x)
                if isinstance(x, QuestionnaireFormElement)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "form_elements" in seen:
        d["form_elements"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_QuestionnaireUpdateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid QuestionnaireUpdateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "QuestionnaireUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("title")
    if v is None:
        if "title" in d:
            raise RequestValidationError(at + "title", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "title", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "description", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("default_language")
    if v is None:
        if "default_language" in d:
            raise RequestValidationError(at + "default_language", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "default_language", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("languages")
    if v is None:
        if "languages" in d:
            raise RequestValidationError(at + "languages", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "languages", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "languages", "type", "must not contain null")
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "languages" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("form_elements")
    if v is None:
        if "form_elements" in d:
            raise RequestValidationError(at + "form_elements", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "form_elements", "type", "must be a list, not " + type(v).__name__
            )
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
    v: Any
    o = _new(Questionnaire)
    vals = o.__dict__
    vals.update(d)
    if _K_Questionnaire.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Questionnaire
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_Questionnaire(o: Questionnaire) -> dict[str, Any]:
    """Encode :class:`Questionnaire` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and (seen is None or "uuid" in seen):
        d["uuid"] = None
    v = o.title
    if v is not None and v is not UNSET:
        d["title"] = v
    elif v is None and seen is not None and "title" in seen:
        d["title"] = None
    v = o.description
    if v is not None and v is not UNSET:
        d["description"] = v
    elif v is None and seen is not None and "description" in seen:
        d["description"] = None
    v = o.default_language
    if v is not None and v is not UNSET:
        d["default_language"] = v
    elif v is None and seen is not None and "default_language" in seen:
        d["default_language"] = None
    v = o.languages
    if v is not None and v is not UNSET:
        d["languages"] = v
    elif v is None and seen is not None and "languages" in seen:
        d["languages"] = None
    v = o.form_elements
    if v is not None and v is not UNSET:
        d["form_elements"] = (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "form_elements" in seen:
        d["form_elements"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    v = o.updated_at
    if v is not None and v is not UNSET:
        d["updated_at"] = v
    elif v is None and seen is not None and "updated_at" in seen:
        d["updated_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_Questionnaire(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid Questionnaire."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "Questionnaire", "type", "must be an object, not " + type(d).__name__
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
            raise RequestValidationError(
                at + "uuid", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("title")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "title", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("description")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "description", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("default_language")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "default_language", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("languages")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "languages", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "languages", "type", "must not contain null")
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "languages" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("form_elements")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "form_elements", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "form_elements", "type", "must not contain null"
                    )
                if not isinstance(x0, Mapping):
                    raise RequestValidationError(
                        at + "form_elements" + "[" + str(i0) + "]",
                        "type",
                        "must be an object, not " + type(x0).__name__,
                    )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("updated_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "updated_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_User(o: User) -> dict[str, Any]:
    """Encode :class:`User` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and (seen is None or "vendor_data" in seen):
        d["vendor_data"] = None
    v = o.didit_internal_id
    if v is not None and v is not UNSET:
        d["didit_internal_id"] = v
    elif v is None and seen is not None and "didit_internal_id" in seen:
        d["didit_internal_id"] = None
    v = o.display_name
    if v is not None and v is not UNSET:
        d["display_name"] = v
    elif v is None and seen is not None and "display_name" in seen:
        d["display_name"] = None
    v = o.full_name
    if v is not None and v is not UNSET:
        d["full_name"] = v
    elif v is None and seen is not None and "full_name" in seen:
        d["full_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and seen is not None and "date_of_birth" in seen:
        d["date_of_birth"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, UserStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "metadata" in seen:
        d["metadata"] = None
    v = o.portrait_image
    if v is not None and v is not UNSET:
        d["portrait_image"] = v
    elif v is None and seen is not None and "portrait_image" in seen:
        d["portrait_image"] = None
    v = o.issuing_states
    if v is not None and v is not UNSET:
        d["issuing_states"] = v
    elif v is None and seen is not None and "issuing_states" in seen:
        d["issuing_states"] = None
    v = o.approved_emails
    if v is not None and v is not UNSET:
        d["approved_emails"] = v
    elif v is None and seen is not None and "approved_emails" in seen:
        d["approved_emails"] = None
    v = o.approved_phones
    if v is not None and v is not UNSET:
        d["approved_phones"] = v
    elif v is None and seen is not None and "approved_phones" in seen:
        d["approved_phones"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = v
    elif v is None and seen is not None and "features" in seen:
        d["features"] = None
    v = o.session_count
    if v is not None and v is not UNSET:
        d["session_count"] = v
    elif v is None and seen is not None and "session_count" in seen:
        d["session_count"] = None
    v = o.approved_count
    if v is not None and v is not UNSET:
        d["approved_count"] = v
    elif v is None and seen is not None and "approved_count" in seen:
        d["approved_count"] = None
    v = o.declined_count
    if v is not None and v is not UNSET:
        d["declined_count"] = v
    elif v is None and seen is not None and "declined_count" in seen:
        d["declined_count"] = None
    v = o.in_review_count
    if v is not None and v is not UNSET:
        d["in_review_count"] = v
    elif v is None and seen is not None and "in_review_count" in seen:
        d["in_review_count"] = None
    v = o.first_session_at
    if v is not None and v is not UNSET:
        d["first_session_at"] = v
    elif v is None and seen is not None and "first_session_at" in seen:
        d["first_session_at"] = None
    v = o.last_session_at
    if v is not None and v is not UNSET:
        d["last_session_at"] = v
    elif v is None and seen is not None and "last_session_at" in seen:
        d["last_session_at"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    v = o.updated_at
    if v is not None and v is not UNSET:
        d["updated_at"] = v
    elif v is None and seen is not None and "updated_at" in seen:
        d["updated_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_User(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid User."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "User", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    if "vendor_data" not in d:
        raise RequestValidationError(at + "vendor_data", "required", "is required")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("didit_internal_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "didit_internal_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("display_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "display_name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("full_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "full_name", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("date_of_birth")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_UserStatus:
                raise RequestValidationError(
                    at + "status",
                    "enum",
                    "must be one of: ACTIVE, FLAGGED, BLOCKED"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "metadata", "type", "must be an object, not " + type(v).__name__
                )
    v = d.get("portrait_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "portrait_image", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("issuing_states")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "issuing_states", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "issuing_states", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "issuing_states" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("approved_emails")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "approved_emails", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "approved_emails", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "approved_emails" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("approved_phones")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "approved_phones", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "approved_phones", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "approved_phones" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("features")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "features", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "features", "type", "must not contain null")
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "features" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("session_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "session_count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("approved_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "approved_count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("declined_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "declined_count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("in_review_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "in_review_count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("first_session_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "first_session_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("last_session_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "last_session_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("updated_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "updated_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_UserListPage(o: UserListPage) -> dict[str, Any]:
    """Encode :class:`UserListPage` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.count
    if v is not None and v is not UNSET:
        d["count"] = v
    elif v is None and seen is not None and "count" in seen:
        d["count"] = None
    v = o.next
    if v is not None and v is not UNSET:
        d["next"] = v
    elif v is None and seen is not None and "next" in seen:
        d["next"] = None
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and seen is not None and "previous" in seen:
        d["previous"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = (
            [unstructure_User(x) if isinstance(x, User) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and (seen is None or "results" in seen):
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserListPage(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserListPage."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UserListPage", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("next")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "next", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("previous")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "previous", "type", "must be a string, not " + type(v).__name__
                )
    if "results" not in d:
        raise RequestValidationError(at + "results", "required", "is required")
    v = d.get("results")
    if v is None:
        if "results" in d:
            raise RequestValidationError(at + "results", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "results", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "results", "type", "must not contain null")
            validate_User(x0, at + "results" + "[" + str(i0) + "]" + ".")


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


def unstructure_UserCreateRequest(o: UserCreateRequest) -> dict[str, Any]:
    """Encode :class:`UserCreateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and (seen is None or "vendor_data" in seen):
        d["vendor_data"] = None
    v = o.display_name
    if v is not None and v is not UNSET:
        d["display_name"] = v
    elif v is None and seen is not None and "display_name" in seen:
        d["display_name"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "metadata" in seen:
        d["metadata"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, UserStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserCreateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserCreateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UserCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "vendor_data" not in d:
        raise RequestValidationError(at + "vendor_data", "required", "is required")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "display_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise RequestValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_UserStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: ACTIVE, FLAGGED, BLOCKED"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
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
    return o


def unstructure_UserUpdateRequest(o: UserUpdateRequest) -> dict[str, Any]:
    """Encode :class:`UserUpdateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.display_name
    if v is not None and v is not UNSET:
        d["display_name"] = v
    elif v is None and seen is not None and "display_name" in seen:
        d["display_name"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "metadata" in seen:
        d["metadata"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserUpdateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserUpdateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UserUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("display_name")
    if v is None:
        if "display_name" in d:
            raise RequestValidationError(at + "display_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "display_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise RequestValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
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


def unstructure_UserUpdateStatusRequest(o: UserUpdateStatusRequest) -> dict[str, Any]:
    """Encode :class:`UserUpdateStatusRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, UserStatus) else v
    elif v is None and (seen is None or "status" in seen):
        d["status"] = None
    v = o.reason
    if v is not None and v is not UNSET:
        d["reason"] = v
    elif v is None and seen is not None and "reason" in seen:
        d["reason"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserUpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserUpdateStatusRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UserUpdateStatusRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "status" not in d:
        raise RequestValidationError(at + "status", "required", "is required")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_UserStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: ACTIVE, FLAGGED, BLOCKED"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("reason")
    if v is None:
        if "reason" in d:
            raise RequestValidationError(at + "reason", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "reason", "type", "must be a string, not " + type(v).__name__
            )


def structure_UserBatchDeleteRequest(d: Any) -> UserBatchDeleteRequest:
    """Decode a JSON object into :class:`UserBatchDeleteRequest`."""
    v: Any
    o = _new(UserBatchDeleteRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserBatchDeleteRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserBatchDeleteRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_UserBatchDeleteRequest(o: UserBatchDeleteRequest) -> dict[str, Any]:
    """Encode :class:`UserBatchDeleteRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.vendor_data_list
    if v is not None and v is not UNSET:
        d["vendor_data_list"] = v
    elif v is None and seen is not None and "vendor_data_list" in seen:
        d["vendor_data_list"] = None
    v = o.delete_all
    if v is not None and v is not UNSET:
        d["delete_all"] = v
    elif v is None and seen is not None and "delete_all" in seen:
        d["delete_all"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserBatchDeleteRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserBatchDeleteRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UserBatchDeleteRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("vendor_data_list")
    if v is None:
        if "vendor_data_list" in d:
            raise RequestValidationError(at + "vendor_data_list", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "vendor_data_list", "type", "must be a list, not " + type(v).__name__
            )
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
                    at + "vendor_data_list" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
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
            raise RequestValidationError(
                at + "delete_all", "type", "must be true or false, not " + type(v).__name__
            )
    if len(d) < 1:
        raise RequestValidationError(
            at.rstrip(".") or "UserBatchDeleteRequest",
            "min_properties",
            "must have at least 1 field",
        )
    if "delete_all" in d and d.get("delete_all") == False and "vendor_data_list" not in d:
        raise RequestValidationError(
            at + "vendor_data_list", "depends", "is required when delete_all is false"
        )


def structure_UserBatchDeleteResponse(d: Any) -> UserBatchDeleteResponse:
    """Decode a JSON object into :class:`UserBatchDeleteResponse`."""
    v: Any
    o = _new(UserBatchDeleteResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UserBatchDeleteResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserBatchDeleteResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_UserBatchDeleteResponse(o: UserBatchDeleteResponse) -> dict[str, Any]:
    """Encode :class:`UserBatchDeleteResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.deleted_count
    if v is not None and v is not UNSET:
        d["deleted_count"] = v
    elif v is None and seen is not None and "deleted_count" in seen:
        d["deleted_count"] = None
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and seen is not None and "message" in seen:
        d["message"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserBatchDeleteResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserBatchDeleteResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UserBatchDeleteResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("deleted_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "deleted_count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "message", "type", "must be a string, not " + type(v).__name__
                )


def structure_BillingBalance(d: Any) -> BillingBalance:
    """Decode a JSON object into :class:`BillingBalance`."""
    v: Any
    o = _new(BillingBalance)
    vals = o.__dict__
    vals.update(d)
    if _K_BillingBalance.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BillingBalance
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_BillingBalance(o: BillingBalance) -> dict[str, Any]:
    """Encode :class:`BillingBalance` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.balance
    if v is not None and v is not UNSET:
        d["balance"] = v
    elif v is None and seen is not None and "balance" in seen:
        d["balance"] = None
    v = o.auto_refill_enabled
    if v is not None and v is not UNSET:
        d["auto_refill_enabled"] = v
    elif v is None and seen is not None and "auto_refill_enabled" in seen:
        d["auto_refill_enabled"] = None
    v = o.auto_refill_amount
    if v is not None and v is not UNSET:
        d["auto_refill_amount"] = v
    elif v is None and seen is not None and "auto_refill_amount" in seen:
        d["auto_refill_amount"] = None
    v = o.auto_refill_threshold
    if v is not None and v is not UNSET:
        d["auto_refill_threshold"] = v
    elif v is None and seen is not None and "auto_refill_threshold" in seen:
        d["auto_refill_threshold"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BillingBalance(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BillingBalance."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BillingBalance", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("balance")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "balance", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("auto_refill_enabled")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "auto_refill_enabled",
                    "type",
                    "must be true or false, not " + type(v).__name__,
                )
    v = d.get("auto_refill_amount")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "auto_refill_amount", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("auto_refill_threshold")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "auto_refill_threshold",
                    "type",
                    "must be a string, not " + type(v).__name__,
                )


def structure_BillingTopUpRequest(d: Any) -> BillingTopUpRequest:
    """Decode a JSON object into :class:`BillingTopUpRequest`."""
    v: Any
    o = _new(BillingTopUpRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BillingTopUpRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BillingTopUpRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_BillingTopUpRequest(o: BillingTopUpRequest) -> dict[str, Any]:
    """Encode :class:`BillingTopUpRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.amount_in_dollars
    if v is not None and v is not UNSET:
        d["amount_in_dollars"] = v
    elif v is None and (seen is None or "amount_in_dollars" in seen):
        d["amount_in_dollars"] = None
    v = o.success_url
    if v is not None and v is not UNSET:
        d["success_url"] = v
    elif v is None and seen is not None and "success_url" in seen:
        d["success_url"] = None
    v = o.cancel_url
    if v is not None and v is not UNSET:
        d["cancel_url"] = v
    elif v is None and seen is not None and "cancel_url" in seen:
        d["cancel_url"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BillingTopUpRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BillingTopUpRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BillingTopUpRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "amount_in_dollars" not in d:
        raise RequestValidationError(at + "amount_in_dollars", "required", "is required")
    v = d.get("amount_in_dollars")
    if v is None:
        if "amount_in_dollars" in d:
            raise RequestValidationError(at + "amount_in_dollars", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise RequestValidationError(
                at + "amount_in_dollars", "type", "must be a number, not " + type(v).__name__
            )
        if v < 50:
            raise RequestValidationError(at + "amount_in_dollars", "min", "must be at least 50")
    v = d.get("success_url")
    if v is None:
        if "success_url" in d:
            raise RequestValidationError(at + "success_url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "success_url", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uri(v):
            raise RequestValidationError(at + "success_url", "format", "must be a valid uri")
    v = d.get("cancel_url")
    if v is None:
        if "cancel_url" in d:
            raise RequestValidationError(at + "cancel_url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "cancel_url", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uri(v):
            raise RequestValidationError(at + "cancel_url", "format", "must be a valid uri")


def structure_BillingTopUpResponse(d: Any) -> BillingTopUpResponse:
    """Decode a JSON object into :class:`BillingTopUpResponse`."""
    v: Any
    o = _new(BillingTopUpResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_BillingTopUpResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BillingTopUpResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_BillingTopUpResponse(o: BillingTopUpResponse) -> dict[str, Any]:
    """Encode :class:`BillingTopUpResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.checkout_session_id
    if v is not None and v is not UNSET:
        d["checkout_session_id"] = v
    elif v is None and seen is not None and "checkout_session_id" in seen:
        d["checkout_session_id"] = None
    v = o.checkout_session_url
    if v is not None and v is not UNSET:
        d["checkout_session_url"] = v
    elif v is None and seen is not None and "checkout_session_url" in seen:
        d["checkout_session_url"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BillingTopUpResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BillingTopUpResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BillingTopUpResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("checkout_session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "checkout_session_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("checkout_session_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "checkout_session_url", "type", "must be a string, not " + type(v).__name__
                )


def structure_WebhookDestinationMetrics(d: Any) -> WebhookDestinationMetrics:
    """Decode a JSON object into :class:`WebhookDestinationMetrics`."""
    v: Any
    o = _new(WebhookDestinationMetrics)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookDestinationMetrics.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookDestinationMetrics
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_WebhookDestinationMetrics(o: WebhookDestinationMetrics) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationMetrics` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.metrics_window_days
    if v is not None and v is not UNSET:
        d["metrics_window_days"] = v
    elif v is None and seen is not None and "metrics_window_days" in seen:
        d["metrics_window_days"] = None
    v = o.deliveries_count
    if v is not None and v is not UNSET:
        d["deliveries_count"] = v
    elif v is None and seen is not None and "deliveries_count" in seen:
        d["deliveries_count"] = None
    v = o.failed_deliveries_count
    if v is not None and v is not UNSET:
        d["failed_deliveries_count"] = v
    elif v is None and seen is not None and "failed_deliveries_count" in seen:
        d["failed_deliveries_count"] = None
    v = o.average_response_time_ms
    if v is not None and v is not UNSET:
        d["average_response_time_ms"] = v
    elif v is None and seen is not None and "average_response_time_ms" in seen:
        d["average_response_time_ms"] = None
    v = o.error_rate_percentage
    if v is not None and v is not UNSET:
        d["error_rate_percentage"] = v
    elif v is None and seen is not None and "error_rate_percentage" in seen:
        d["error_rate_percentage"] = None
    v = o.last_delivery_at
    if v is not None and v is not UNSET:
        d["last_delivery_at"] = v
    elif v is None and seen is not None and "last_delivery_at" in seen:
        d["last_delivery_at"] = None
    v = o.health_status
    if v is not None and v is not UNSET:
        d["health_status"] = v
    elif v is None and seen is not None and "health_status" in seen:
        d["health_status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookDestinationMetrics(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookDestinationMetrics."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookDestinationMetrics",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("metrics_window_days")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "metrics_window_days",
                    "type",
                    "must be an integer, not " + type(v).__name__,
                )
    v = d.get("deliveries_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "deliveries_count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("failed_deliveries_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "failed_deliveries_count",
                    "type",
                    "must be an integer, not " + type(v).__name__,
                )
    v = d.get("average_response_time_ms")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "average_response_time_ms",
                    "type",
                    "must be a number, not " + type(v).__name__,
                )
    v = d.get("error_rate_percentage")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "error_rate_percentage",
                    "type",
                    "must be a number, not " + type(v).__name__,
                )
    v = d.get("last_delivery_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "last_delivery_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("health_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "health_status", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_WebhookDestination(o: WebhookDestination) -> dict[str, Any]:
    """Encode :class:`WebhookDestination` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and (seen is None or "uuid" in seen):
        d["uuid"] = None
    v = o.label
    if v is not None and v is not UNSET:
        d["label"] = v
    elif v is None and seen is not None and "label" in seen:
        d["label"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and seen is not None and "url" in seen:
        d["url"] = None
    v = o.enabled
    if v is not None and v is not UNSET:
        d["enabled"] = v
    elif v is None and seen is not None and "enabled" in seen:
        d["enabled"] = None
    v = o.webhook_version
    if v is not None and v is not UNSET:
        d["webhook_version"] = v.value if isinstance(v, WebhookVersion) else v
    elif v is None and seen is not None and "webhook_version" in seen:
        d["webhook_version"] = None
    v = o.subscribed_events
    if v is not None and v is not UNSET:
        d["subscribed_events"] = (
            [x.value if isinstance(x, WebhookEventType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "subscribed_events" in seen:
        d["subscribed_events"] = None
    v = o.secret_shared_key
    if v is not None and v is not UNSET:
        d["secret_shared_key"] = v
    elif v is None and seen is not None and "secret_shared_key" in seen:
        d["secret_shared_key"] = None
    v = o.secret_last4
    if v is not None and v is not UNSET:
        d["secret_last4"] = v
    elif v is None and seen is not None and "secret_last4" in seen:
        d["secret_last4"] = None
    v = o.previous_secret_expires_at
    if v is not None and v is not UNSET:
        d["previous_secret_expires_at"] = v
    elif v is None and seen is not None and "previous_secret_expires_at" in seen:
        d["previous_secret_expires_at"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    v = o.updated_at
    if v is not None and v is not UNSET:
        d["updated_at"] = v
    elif v is None and seen is not None and "updated_at" in seen:
        d["updated_at"] = None
    v = o.metrics_window_days
    if v is not None and v is not UNSET:
        d["metrics_window_days"] = v
    elif v is None and seen is not None and "metrics_window_days" in seen:
        d["metrics_window_days"] = None
    v = o.deliveries_count
    if v is not None and v is not UNSET:
        d["deliveries_count"] = v
    elif v is None and seen is not None and "deliveries_count" in seen:
        d["deliveries_count"] = None
    v = o.failed_deliveries_count
    if v is not None and v is not UNSET:
        d["failed_deliveries_count"] = v
    elif v is None and seen is not None and "failed_deliveries_count" in seen:
        d["failed_deliveries_count"] = None
    v = o.average_response_time_ms
    if v is not None and v is not UNSET:
        d["average_response_time_ms"] = v
    elif v is None and seen is not None and "average_response_time_ms" in seen:
        d["average_response_time_ms"] = None
    v = o.error_rate_percentage
    if v is not None and v is not UNSET:
        d["error_rate_percentage"] = v
    elif v is None and seen is not None and "error_rate_percentage" in seen:
        d["error_rate_percentage"] = None
    v = o.last_delivery_at
    if v is not None and v is not UNSET:
        d["last_delivery_at"] = v
    elif v is None and seen is not None and "last_delivery_at" in seen:
        d["last_delivery_at"] = None
    v = o.health_status
    if v is not None and v is not UNSET:
        d["health_status"] = v
    elif v is None and seen is not None and "health_status" in seen:
        d["health_status"] = None
    v = o.delivery_summary
    if v is not None and v is not UNSET:
        d["delivery_summary"] = (
            unstructure_WebhookDestinationMetrics(v)
            if isinstance(v, WebhookDestinationMetrics)
            else v
        )
    elif v is None and seen is not None and "delivery_summary" in seen:
        d["delivery_summary"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookDestination(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookDestination."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookDestination",
            "type",
            "must be an object, not " + type(d).__name__,
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
            raise RequestValidationError(
                at + "uuid", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("label")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "label", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("enabled")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "enabled", "type", "must be true or false, not " + type(v).__name__
                )
    v = d.get("webhook_version")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_WebhookVersion:
                raise RequestValidationError(
                    at + "webhook_version",
                    "enum",
                    "must be one of: v1, v2, v3"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("subscribed_events")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "subscribed_events", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "subscribed_events", "type", "must not contain null"
                    )
                if not isinstance(x0, str) or x0 not in _E_WebhookEventType:
                    raise RequestValidationError(
                        at + "subscribed_events" + "[" + str(i0) + "]",
                        "enum",
                        "must be one of: status.updated, data.updated, user.status.updated, user.data.updated, business.status.updated, business.data.updated, activity.created, transaction.created, transaction.status.updated, travel_rule.status.updated"
                        + (
                            ", not " + repr(x0[:40])
                            if isinstance(x0, str)
                            else ", not " + type(x0).__name__
                        ),
                    )
    v = d.get("secret_shared_key")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "secret_shared_key", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("secret_last4")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "secret_last4", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("previous_secret_expires_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "previous_secret_expires_at",
                    "type",
                    "must be a string, not " + type(v).__name__,
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("updated_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "updated_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("metrics_window_days")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "metrics_window_days",
                    "type",
                    "must be an integer, not " + type(v).__name__,
                )
    v = d.get("deliveries_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "deliveries_count", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("failed_deliveries_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "failed_deliveries_count",
                    "type",
                    "must be an integer, not " + type(v).__name__,
                )
    v = d.get("average_response_time_ms")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "average_response_time_ms",
                    "type",
                    "must be a number, not " + type(v).__name__,
                )
    v = d.get("error_rate_percentage")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "error_rate_percentage",
                    "type",
                    "must be a number, not " + type(v).__name__,
                )
    v = d.get("last_delivery_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "last_delivery_at", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("health_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "health_status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("delivery_summary")
    if v is not None:
        if v is not None:
            validate_WebhookDestinationMetrics(v, at + "delivery_summary" + ".")


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


def unstructure_WebhookDestinationCreateRequest(
    o: WebhookDestinationCreateRequest,
) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationCreateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.label
    if v is not None and v is not UNSET:
        d["label"] = v
    elif v is None and (seen is None or "label" in seen):
        d["label"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and (seen is None or "url" in seen):
        d["url"] = None
    v = o.enabled
    if v is not None and v is not UNSET:
        d["enabled"] = v
    elif v is None and seen is not None and "enabled" in seen:
        d["enabled"] = None
    v = o.webhook_version
    if v is not None and v is not UNSET:
        d["webhook_version"] = v.value if isinstance(v, WebhookVersion) else v
    elif v is None and seen is not None and "webhook_version" in seen:
        d["webhook_version"] = None
    v = o.subscribed_events
    if v is not None and v is not UNSET:
        d["subscribed_events"] = (
            [x.value if isinstance(x, WebhookEventType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and (seen is None or "subscribed_events" in seen):
        d["subscribed_events"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookDestinationCreateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookDestinationCreateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookDestinationCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "label" not in d:
        raise RequestValidationError(at + "label", "required", "is required")
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise RequestValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "label", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "url", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("webhook_version")
    if v is None:
        if "webhook_version" in d:
            raise RequestValidationError(at + "webhook_version", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_WebhookVersion:
            raise RequestValidationError(
                at + "webhook_version",
                "enum",
                "must be one of: v1, v2, v3"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "subscribed_events" not in d:
        raise RequestValidationError(at + "subscribed_events", "required", "is required")
    v = d.get("subscribed_events")
    if v is None:
        if "subscribed_events" in d:
            raise RequestValidationError(at + "subscribed_events", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "subscribed_events", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise RequestValidationError(
                at + "subscribed_events", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(
                    at + "subscribed_events", "type", "must not contain null"
                )
            if not isinstance(x0, str) or x0 not in _E_WebhookEventType:
                raise RequestValidationError(
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


def unstructure_WebhookDestinationUpdateRequest(
    o: WebhookDestinationUpdateRequest,
) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationUpdateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.label
    if v is not None and v is not UNSET:
        d["label"] = v
    elif v is None and seen is not None and "label" in seen:
        d["label"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and seen is not None and "url" in seen:
        d["url"] = None
    v = o.enabled
    if v is not None and v is not UNSET:
        d["enabled"] = v
    elif v is None and seen is not None and "enabled" in seen:
        d["enabled"] = None
    v = o.webhook_version
    if v is not None and v is not UNSET:
        d["webhook_version"] = v.value if isinstance(v, WebhookVersion) else v
    elif v is None and seen is not None and "webhook_version" in seen:
        d["webhook_version"] = None
    v = o.subscribed_events
    if v is not None and v is not UNSET:
        d["subscribed_events"] = (
            [x.value if isinstance(x, WebhookEventType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "subscribed_events" in seen:
        d["subscribed_events"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookDestinationUpdateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookDestinationUpdateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookDestinationUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise RequestValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "label", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "url", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("webhook_version")
    if v is None:
        if "webhook_version" in d:
            raise RequestValidationError(at + "webhook_version", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_WebhookVersion:
            raise RequestValidationError(
                at + "webhook_version",
                "enum",
                "must be one of: v1, v2, v3"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("subscribed_events")
    if v is None:
        if "subscribed_events" in d:
            raise RequestValidationError(at + "subscribed_events", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(
                at + "subscribed_events", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise RequestValidationError(
                at + "subscribed_events", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(
                    at + "subscribed_events", "type", "must not contain null"
                )
            if not isinstance(x0, str) or x0 not in _E_WebhookEventType:
                raise RequestValidationError(
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


def unstructure_WebhookConfig(o: WebhookConfig) -> dict[str, Any]:
    """Encode :class:`WebhookConfig` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.webhook_url
    if v is not None and v is not UNSET:
        d["webhook_url"] = v
    elif v is None and seen is not None and "webhook_url" in seen:
        d["webhook_url"] = None
    v = o.webhook_version
    if v is not None and v is not UNSET:
        d["webhook_version"] = v
    elif v is None and seen is not None and "webhook_version" in seen:
        d["webhook_version"] = None
    v = o.secret_shared_key
    if v is not None and v is not UNSET:
        d["secret_shared_key"] = v
    elif v is None and seen is not None and "secret_shared_key" in seen:
        d["secret_shared_key"] = None
    v = o.capture_method
    if v is not None and v is not UNSET:
        d["capture_method"] = v
    elif v is None and seen is not None and "capture_method" in seen:
        d["capture_method"] = None
    v = o.data_retention_months
    if v is not None and v is not UNSET:
        d["data_retention_months"] = v
    elif v is None and seen is not None and "data_retention_months" in seen:
        d["data_retention_months"] = None
    v = o.destinations
    if v is not None and v is not UNSET:
        d["destinations"] = (
            [
                unstructure_WebhookDestination(x) if isinstance(x, WebhookDestination) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        )
    elif v is None and seen is not None and "destinations" in seen:
        d["destinations"] = None
    v = o.subscribable_events
    if v is not None and v is not UNSET:
        d["subscribable_events"] = v
    elif v is None and seen is not None and "subscribable_events" in seen:
        d["subscribable_events"] = None
    v = o.allowed_domains
    if v is not None and v is not UNSET:
        d["allowed_domains"] = v
    elif v is None and seen is not None and "allowed_domains" in seen:
        d["allowed_domains"] = None
    v = o.biometric_template_retention_months
    if v is not None and v is not UNSET:
        d["biometric_template_retention_months"] = v
    elif v is None and seen is not None and "biometric_template_retention_months" in seen:
        d["biometric_template_retention_months"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookConfig(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookConfig."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookConfig", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("webhook_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "webhook_url", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("webhook_version")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "webhook_version", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("secret_shared_key")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "secret_shared_key", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("capture_method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "capture_method", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("data_retention_months")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "data_retention_months",
                    "type",
                    "must be an integer, not " + type(v).__name__,
                )
    v = d.get("destinations")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "destinations", "type", "must be a list, not " + type(v).__name__
                )
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
                raise RequestValidationError(
                    at + "subscribable_events", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "subscribable_events", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "subscribable_events" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("allowed_domains")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "allowed_domains", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "allowed_domains", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "allowed_domains" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("biometric_template_retention_months")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "biometric_template_retention_months",
                    "type",
                    "must be an integer, not " + type(v).__name__,
                )


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


def unstructure_WebhookConfigUpdateRequest(o: WebhookConfigUpdateRequest) -> dict[str, Any]:
    """Encode :class:`WebhookConfigUpdateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.webhook_url
    if v is not None and v is not UNSET:
        d["webhook_url"] = v
    elif v is None and (seen is None or "webhook_url" in seen):
        d["webhook_url"] = None
    v = o.webhook_version
    if v is not None and v is not UNSET:
        d["webhook_version"] = v.value if isinstance(v, WebhookVersion) else v
    elif v is None and seen is not None and "webhook_version" in seen:
        d["webhook_version"] = None
    v = o.rotate_secret_key
    if v is not None and v is not UNSET:
        d["rotate_secret_key"] = v
    elif v is None and seen is not None and "rotate_secret_key" in seen:
        d["rotate_secret_key"] = None
    v = o.capture_method
    if v is not None and v is not UNSET:
        d["capture_method"] = v
    elif v is None and seen is not None and "capture_method" in seen:
        d["capture_method"] = None
    v = o.data_retention_months
    if v is not None and v is not UNSET:
        d["data_retention_months"] = v
    elif v is None and (seen is None or "data_retention_months" in seen):
        d["data_retention_months"] = None
    v = o.allowed_domains
    if v is not None and v is not UNSET:
        d["allowed_domains"] = v
    elif v is None and seen is not None and "allowed_domains" in seen:
        d["allowed_domains"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookConfigUpdateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookConfigUpdateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookConfigUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("webhook_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "webhook_url", "type", "must be a string, not " + type(v).__name__
                )
            if len(v) < 1:
                raise RequestValidationError(
                    at + "webhook_url", "min_length", "must have at least 1 characters"
                )
            if not is_uri(v):
                raise RequestValidationError(at + "webhook_url", "format", "must be a valid uri")
    v = d.get("webhook_version")
    if v is None:
        if "webhook_version" in d:
            raise RequestValidationError(at + "webhook_version", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_WebhookVersion:
            raise RequestValidationError(
                at + "webhook_version",
                "enum",
                "must be one of: v1, v2, v3"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("rotate_secret_key")
    if v is None:
        if "rotate_secret_key" in d:
            raise RequestValidationError(at + "rotate_secret_key", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "rotate_secret_key", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("capture_method")
    if v is None:
        if "capture_method" in d:
            raise RequestValidationError(at + "capture_method", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline7:
            raise RequestValidationError(
                at + "capture_method",
                "enum",
                "must be one of: mobile, desktop, both"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("data_retention_months")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "data_retention_months",
                    "type",
                    "must be an integer, not " + type(v).__name__,
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
            raise RequestValidationError(
                at + "allowed_domains", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(
                    at + "allowed_domains", "type", "must not contain null"
                )
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "allowed_domains" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )


def structure_IdVerificationRequest(d: Any) -> IdVerificationRequest:
    """Decode a JSON object into :class:`IdVerificationRequest`."""
    v: Any
    o = _new(IdVerificationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_IdVerificationRequest(o: IdVerificationRequest) -> dict[str, Any]:
    """Encode :class:`IdVerificationRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.front_image
    if v is not None and v is not UNSET:
        d["front_image"] = v
    elif v is None and (seen is None or "front_image" in seen):
        d["front_image"] = None
    v = o.back_image
    if v is not None and v is not UNSET:
        d["back_image"] = v
    elif v is None and seen is not None and "back_image" in seen:
        d["back_image"] = None
    v = o.perform_document_liveness
    if v is not None and v is not UNSET:
        d["perform_document_liveness"] = v
    elif v is None and seen is not None and "perform_document_liveness" in seen:
        d["perform_document_liveness"] = None
    v = o.front_image_password
    if v is not None and v is not UNSET:
        d["front_image_password"] = v
    elif v is None and seen is not None and "front_image_password" in seen:
        d["front_image_password"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and seen is not None and "save_api_request" in seen:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = v
    elif v is None and seen is not None and "metadata" in seen:
        d["metadata"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_IdVerificationRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid IdVerificationRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "IdVerificationRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
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
                at + "perform_document_liveness",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("front_image_password")
    if v is None:
        if "front_image_password" in d:
            raise RequestValidationError(at + "front_image_password", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "front_image_password", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise RequestValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "metadata", "type", "must be a string, not " + type(v).__name__
            )


def structure_PassiveLivenessRequest(d: Any) -> PassiveLivenessRequest:
    """Decode a JSON object into :class:`PassiveLivenessRequest`."""
    v: Any
    o = _new(PassiveLivenessRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PassiveLivenessRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PassiveLivenessRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_PassiveLivenessRequest(o: PassiveLivenessRequest) -> dict[str, Any]:
    """Encode :class:`PassiveLivenessRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = v
    elif v is None and (seen is None or "user_image" in seen):
        d["user_image"] = None
    v = o.face_liveness_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_liveness_score_decline_threshold"] = v
    elif v is None and seen is not None and "face_liveness_score_decline_threshold" in seen:
        d["face_liveness_score_decline_threshold"] = None
    v = o.rotate_image
    if v is not None and v is not UNSET:
        d["rotate_image"] = v
    elif v is None and seen is not None and "rotate_image" in seen:
        d["rotate_image"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and seen is not None and "save_api_request" in seen:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PassiveLivenessRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PassiveLivenessRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PassiveLivenessRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
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
                at + "face_liveness_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
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
            raise RequestValidationError(
                at + "rotate_image", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_FaceMatchRequest(d: Any) -> FaceMatchRequest:
    """Decode a JSON object into :class:`FaceMatchRequest`."""
    v: Any
    o = _new(FaceMatchRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceMatchRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceMatchRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_FaceMatchRequest(o: FaceMatchRequest) -> dict[str, Any]:
    """Encode :class:`FaceMatchRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = v
    elif v is None and (seen is None or "user_image" in seen):
        d["user_image"] = None
    v = o.ref_image
    if v is not None and v is not UNSET:
        d["ref_image"] = v
    elif v is None and (seen is None or "ref_image" in seen):
        d["ref_image"] = None
    v = o.face_match_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_match_score_decline_threshold"] = v
    elif v is None and seen is not None and "face_match_score_decline_threshold" in seen:
        d["face_match_score_decline_threshold"] = None
    v = o.rotate_image
    if v is not None and v is not UNSET:
        d["rotate_image"] = v
    elif v is None and seen is not None and "rotate_image" in seen:
        d["rotate_image"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and seen is not None and "save_api_request" in seen:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceMatchRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceMatchRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceMatchRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
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
                at + "face_match_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
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
            raise RequestValidationError(
                at + "rotate_image", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_FaceSearchRequest(d: Any) -> FaceSearchRequest:
    """Decode a JSON object into :class:`FaceSearchRequest`."""
    v: Any
    o = _new(FaceSearchRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_FaceSearchRequest(o: FaceSearchRequest) -> dict[str, Any]:
    """Encode :class:`FaceSearchRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = v
    elif v is None and (seen is None or "user_image" in seen):
        d["user_image"] = None
    v = o.rotate_image
    if v is not None and v is not UNSET:
        d["rotate_image"] = v
    elif v is None and seen is not None and "rotate_image" in seen:
        d["rotate_image"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and seen is not None and "save_api_request" in seen:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceSearchRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceSearchRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceSearchRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
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
            raise RequestValidationError(
                at + "rotate_image", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_AgeEstimationRequest(d: Any) -> AgeEstimationRequest:
    """Decode a JSON object into :class:`AgeEstimationRequest`."""
    v: Any
    o = _new(AgeEstimationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AgeEstimationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AgeEstimationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_AgeEstimationRequest(o: AgeEstimationRequest) -> dict[str, Any]:
    """Encode :class:`AgeEstimationRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = v
    elif v is None and (seen is None or "user_image" in seen):
        d["user_image"] = None
    v = o.rotate_image
    if v is not None and v is not UNSET:
        d["rotate_image"] = v
    elif v is None and seen is not None and "rotate_image" in seen:
        d["rotate_image"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and seen is not None and "save_api_request" in seen:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AgeEstimationRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AgeEstimationRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AgeEstimationRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
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
            raise RequestValidationError(
                at + "rotate_image", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_PoaRequest(d: Any) -> PoaRequest:
    """Decode a JSON object into :class:`PoaRequest`."""
    v: Any
    o = _new(PoaRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_PoaRequest(o: PoaRequest) -> dict[str, Any]:
    """Encode :class:`PoaRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.document
    if v is not None and v is not UNSET:
        d["document"] = v
    elif v is None and (seen is None or "document" in seen):
        d["document"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and seen is not None and "save_api_request" in seen:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PoaRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PoaRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PoaRequest", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
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
            raise RequestValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_AmlRequest(d: Any) -> AmlRequest:
    """Decode a JSON object into :class:`AmlRequest`."""
    v: Any
    o = _new(AmlRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_AmlRequest(o: AmlRequest) -> dict[str, Any]:
    """Encode :class:`AmlRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.full_name
    if v is not None and v is not UNSET:
        d["full_name"] = v
    elif v is None and (seen is None or "full_name" in seen):
        d["full_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and seen is not None and "date_of_birth" in seen:
        d["date_of_birth"] = None
    v = o.nationality
    if v is not None and v is not UNSET:
        d["nationality"] = v
    elif v is None and seen is not None and "nationality" in seen:
        d["nationality"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and seen is not None and "document_number" in seen:
        d["document_number"] = None
    v = o.entity_type
    if v is not None and v is not UNSET:
        d["entity_type"] = v
    elif v is None and seen is not None and "entity_type" in seen:
        d["entity_type"] = None
    v = o.aml_name_weight
    if v is not None and v is not UNSET:
        d["aml_name_weight"] = v
    elif v is None and seen is not None and "aml_name_weight" in seen:
        d["aml_name_weight"] = None
    v = o.aml_dob_weight
    if v is not None and v is not UNSET:
        d["aml_dob_weight"] = v
    elif v is None and seen is not None and "aml_dob_weight" in seen:
        d["aml_dob_weight"] = None
    v = o.aml_country_weight
    if v is not None and v is not UNSET:
        d["aml_country_weight"] = v
    elif v is None and seen is not None and "aml_country_weight" in seen:
        d["aml_country_weight"] = None
    v = o.aml_match_score_threshold
    if v is not None and v is not UNSET:
        d["aml_match_score_threshold"] = v
    elif v is None and seen is not None and "aml_match_score_threshold" in seen:
        d["aml_match_score_threshold"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and seen is not None and "save_api_request" in seen:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AmlRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AmlRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AmlRequest", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    if "full_name" not in d:
        raise RequestValidationError(at + "full_name", "required", "is required")
    v = d.get("full_name")
    if v is None:
        if "full_name" in d:
            raise RequestValidationError(at + "full_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "full_name", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise RequestValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("nationality")
    if v is None:
        if "nationality" in d:
            raise RequestValidationError(at + "nationality", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "nationality", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "document_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("entity_type")
    if v is None:
        if "entity_type" in d:
            raise RequestValidationError(at + "entity_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline8:
            raise RequestValidationError(
                at + "entity_type",
                "enum",
                "must be one of: person, company"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("aml_name_weight")
    if v is None:
        if "aml_name_weight" in d:
            raise RequestValidationError(at + "aml_name_weight", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "aml_name_weight", "type", "must be an integer, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "aml_dob_weight", "type", "must be an integer, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "aml_country_weight", "type", "must be an integer, not " + type(v).__name__
            )
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
                at + "aml_match_score_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
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
            raise RequestValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_EmailSendOptions(d: Any) -> EmailSendOptions:
    """Decode a JSON object into :class:`EmailSendOptions`."""
    v: Any
    o = _new(EmailSendOptions)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailSendOptions.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailSendOptions
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_EmailSendOptions(o: EmailSendOptions) -> dict[str, Any]:
    """Encode :class:`EmailSendOptions` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.code_size
    if v is not None and v is not UNSET:
        d["code_size"] = v
    elif v is None and seen is not None and "code_size" in seen:
        d["code_size"] = None
    v = o.alphanumeric_code
    if v is not None and v is not UNSET:
        d["alphanumeric_code"] = v
    elif v is None and seen is not None and "alphanumeric_code" in seen:
        d["alphanumeric_code"] = None
    v = o.locale
    if v is not None and v is not UNSET:
        d["locale"] = v
    elif v is None and seen is not None and "locale" in seen:
        d["locale"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailSendOptions(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailSendOptions."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailSendOptions",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("code_size")
    if v is None:
        if "code_size" in d:
            raise RequestValidationError(at + "code_size", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "code_size", "type", "must be an integer, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "alphanumeric_code", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("locale")
    if v is None:
        if "locale" in d:
            raise RequestValidationError(at + "locale", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "locale", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 5:
            raise RequestValidationError(
                at + "locale", "max_length", "must have at most 5 characters"
            )


def structure_RequestSignals(d: Any) -> RequestSignals:
    """Decode a JSON object into :class:`RequestSignals`."""
    v: Any
    o = _new(RequestSignals)
    vals = o.__dict__
    vals.update(d)
    if _K_RequestSignals.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RequestSignals
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_RequestSignals(o: RequestSignals) -> dict[str, Any]:
    """Encode :class:`RequestSignals` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.ip
    if v is not None and v is not UNSET:
        d["ip"] = v
    elif v is None and seen is not None and "ip" in seen:
        d["ip"] = None
    v = o.device_id
    if v is not None and v is not UNSET:
        d["device_id"] = v
    elif v is None and seen is not None and "device_id" in seen:
        d["device_id"] = None
    v = o.user_agent
    if v is not None and v is not UNSET:
        d["user_agent"] = v
    elif v is None and seen is not None and "user_agent" in seen:
        d["user_agent"] = None
    v = o.device_platform
    if v is not None and v is not UNSET:
        d["device_platform"] = v
    elif v is None and seen is not None and "device_platform" in seen:
        d["device_platform"] = None
    v = o.device_model
    if v is not None and v is not UNSET:
        d["device_model"] = v
    elif v is None and seen is not None and "device_model" in seen:
        d["device_model"] = None
    v = o.os_version
    if v is not None and v is not UNSET:
        d["os_version"] = v
    elif v is None and seen is not None and "os_version" in seen:
        d["os_version"] = None
    v = o.app_version
    if v is not None and v is not UNSET:
        d["app_version"] = v
    elif v is None and seen is not None and "app_version" in seen:
        d["app_version"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_RequestSignals(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid RequestSignals."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "RequestSignals", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("ip")
    if v is None:
        if "ip" in d:
            raise RequestValidationError(at + "ip", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "ip", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("device_id")
    if v is None:
        if "device_id" in d:
            raise RequestValidationError(at + "device_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "device_id", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "user_agent", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 512:
            raise RequestValidationError(
                at + "user_agent", "max_length", "must have at most 512 characters"
            )
    v = d.get("device_platform")
    if v is None:
        if "device_platform" in d:
            raise RequestValidationError(at + "device_platform", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline9:
            raise RequestValidationError(
                at + "device_platform",
                "enum",
                "must be one of: android, ios, ipados, tvos, web"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("device_model")
    if v is None:
        if "device_model" in d:
            raise RequestValidationError(at + "device_model", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "device_model", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("os_version")
    if v is None:
        if "os_version" in d:
            raise RequestValidationError(at + "os_version", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "os_version", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("app_version")
    if v is None:
        if "app_version" in d:
            raise RequestValidationError(at + "app_version", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
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


def unstructure_EmailSendRequest(o: EmailSendRequest) -> dict[str, Any]:
    """Encode :class:`EmailSendRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (seen is None or "email" in seen):
        d["email"] = None
    v = o.options
    if v is not None and v is not UNSET:
        d["options"] = unstructure_EmailSendOptions(v) if isinstance(v, EmailSendOptions) else v
    elif v is None and seen is not None and "options" in seen:
        d["options"] = None
    v = o.signals
    if v is not None and v is not UNSET:
        d["signals"] = unstructure_RequestSignals(v) if isinstance(v, RequestSignals) else v
    elif v is None and seen is not None and "signals" in seen:
        d["signals"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailSendRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailSendRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailSendRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
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


def unstructure_EmailCheckRequest(o: EmailCheckRequest) -> dict[str, Any]:
    """Encode :class:`EmailCheckRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (seen is None or "email" in seen):
        d["email"] = None
    v = o.code
    if v is not None and v is not UNSET:
        d["code"] = v
    elif v is None and (seen is None or "code" in seen):
        d["code"] = None
    v = o.duplicated_email_action
    if v is not None and v is not UNSET:
        d["duplicated_email_action"] = v.value if isinstance(v, CheckAction) else v
    elif v is None and seen is not None and "duplicated_email_action" in seen:
        d["duplicated_email_action"] = None
    v = o.breached_email_action
    if v is not None and v is not UNSET:
        d["breached_email_action"] = v.value if isinstance(v, CheckAction) else v
    elif v is None and seen is not None and "breached_email_action" in seen:
        d["breached_email_action"] = None
    v = o.disposable_email_action
    if v is not None and v is not UNSET:
        d["disposable_email_action"] = v.value if isinstance(v, CheckAction) else v
    elif v is None and seen is not None and "disposable_email_action" in seen:
        d["disposable_email_action"] = None
    v = o.undeliverable_email_action
    if v is not None and v is not UNSET:
        d["undeliverable_email_action"] = v.value if isinstance(v, CheckAction) else v
    elif v is None and seen is not None and "undeliverable_email_action" in seen:
        d["undeliverable_email_action"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailCheckRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailCheckRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailCheckRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "code", "type", "must be a string, not " + type(v).__name__
            )
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
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise RequestValidationError(
                at + "duplicated_email_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("breached_email_action")
    if v is None:
        if "breached_email_action" in d:
            raise RequestValidationError(at + "breached_email_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise RequestValidationError(
                at + "breached_email_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("disposable_email_action")
    if v is None:
        if "disposable_email_action" in d:
            raise RequestValidationError(at + "disposable_email_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise RequestValidationError(
                at + "disposable_email_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("undeliverable_email_action")
    if v is None:
        if "undeliverable_email_action" in d:
            raise RequestValidationError(
                at + "undeliverable_email_action", "type", "must not be null"
            )
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise RequestValidationError(
                at + "undeliverable_email_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_PhoneSendOptions(d: Any) -> PhoneSendOptions:
    """Decode a JSON object into :class:`PhoneSendOptions`."""
    v: Any
    o = _new(PhoneSendOptions)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneSendOptions.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneSendOptions
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_PhoneSendOptions(o: PhoneSendOptions) -> dict[str, Any]:
    """Encode :class:`PhoneSendOptions` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.code_size
    if v is not None and v is not UNSET:
        d["code_size"] = v
    elif v is None and seen is not None and "code_size" in seen:
        d["code_size"] = None
    v = o.locale
    if v is not None and v is not UNSET:
        d["locale"] = v
    elif v is None and seen is not None and "locale" in seen:
        d["locale"] = None
    v = o.preferred_channel
    if v is not None and v is not UNSET:
        d["preferred_channel"] = v
    elif v is None and seen is not None and "preferred_channel" in seen:
        d["preferred_channel"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneSendOptions(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneSendOptions."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PhoneSendOptions",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("code_size")
    if v is None:
        if "code_size" in d:
            raise RequestValidationError(at + "code_size", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "code_size", "type", "must be an integer, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "locale", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 5:
            raise RequestValidationError(
                at + "locale", "max_length", "must have at most 5 characters"
            )
    v = d.get("preferred_channel")
    if v is None:
        if "preferred_channel" in d:
            raise RequestValidationError(at + "preferred_channel", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline10:
            raise RequestValidationError(
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


def unstructure_PhoneSendRequest(o: PhoneSendRequest) -> dict[str, Any]:
    """Encode :class:`PhoneSendRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.phone_number
    if v is not None and v is not UNSET:
        d["phone_number"] = v
    elif v is None and (seen is None or "phone_number" in seen):
        d["phone_number"] = None
    v = o.options
    if v is not None and v is not UNSET:
        d["options"] = unstructure_PhoneSendOptions(v) if isinstance(v, PhoneSendOptions) else v
    elif v is None and seen is not None and "options" in seen:
        d["options"] = None
    v = o.signals
    if v is not None and v is not UNSET:
        d["signals"] = unstructure_RequestSignals(v) if isinstance(v, RequestSignals) else v
    elif v is None and seen is not None and "signals" in seen:
        d["signals"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneSendRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneSendRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PhoneSendRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "phone_number" not in d:
        raise RequestValidationError(at + "phone_number", "required", "is required")
    v = d.get("phone_number")
    if v is None:
        if "phone_number" in d:
            raise RequestValidationError(at + "phone_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "phone_number", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
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


def unstructure_PhoneCheckRequest(o: PhoneCheckRequest) -> dict[str, Any]:
    """Encode :class:`PhoneCheckRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.phone_number
    if v is not None and v is not UNSET:
        d["phone_number"] = v
    elif v is None and (seen is None or "phone_number" in seen):
        d["phone_number"] = None
    v = o.code
    if v is not None and v is not UNSET:
        d["code"] = v
    elif v is None and (seen is None or "code" in seen):
        d["code"] = None
    v = o.duplicated_phone_number_action
    if v is not None and v is not UNSET:
        d["duplicated_phone_number_action"] = v.value if isinstance(v, CheckAction) else v
    elif v is None and seen is not None and "duplicated_phone_number_action" in seen:
        d["duplicated_phone_number_action"] = None
    v = o.disposable_number_action
    if v is not None and v is not UNSET:
        d["disposable_number_action"] = v.value if isinstance(v, CheckAction) else v
    elif v is None and seen is not None and "disposable_number_action" in seen:
        d["disposable_number_action"] = None
    v = o.voip_number_action
    if v is not None and v is not UNSET:
        d["voip_number_action"] = v.value if isinstance(v, CheckAction) else v
    elif v is None and seen is not None and "voip_number_action" in seen:
        d["voip_number_action"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneCheckRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneCheckRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PhoneCheckRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "phone_number" not in d:
        raise RequestValidationError(at + "phone_number", "required", "is required")
    v = d.get("phone_number")
    if v is None:
        if "phone_number" in d:
            raise RequestValidationError(at + "phone_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "phone_number", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "code", "type", "must be a string, not " + type(v).__name__
            )
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
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise RequestValidationError(
                at + "duplicated_phone_number_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("disposable_number_action")
    if v is None:
        if "disposable_number_action" in d:
            raise RequestValidationError(
                at + "disposable_number_action", "type", "must not be null"
            )
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise RequestValidationError(
                at + "disposable_number_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("voip_number_action")
    if v is None:
        if "voip_number_action" in d:
            raise RequestValidationError(at + "voip_number_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise RequestValidationError(
                at + "voip_number_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_DatabaseValidationRequest(d: Any) -> DatabaseValidationRequest:
    """Decode a JSON object into :class:`DatabaseValidationRequest`."""
    v: Any
    o = _new(DatabaseValidationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_DatabaseValidationRequest(o: DatabaseValidationRequest) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.issuing_state
    if v is not None and v is not UNSET:
        d["issuing_state"] = v
    elif v is None and seen is not None and "issuing_state" in seen:
        d["issuing_state"] = None
    v = o.validation_type
    if v is not None and v is not UNSET:
        d["validation_type"] = v
    elif v is None and seen is not None and "validation_type" in seen:
        d["validation_type"] = None
    v = o.id_number
    if v is not None and v is not UNSET:
        d["id_number"] = v
    elif v is None and seen is not None and "id_number" in seen:
        d["id_number"] = None
    v = o.personal_number
    if v is not None and v is not UNSET:
        d["personal_number"] = v
    elif v is None and seen is not None and "personal_number" in seen:
        d["personal_number"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and seen is not None and "document_number" in seen:
        d["document_number"] = None
    v = o.first_name
    if v is not None and v is not UNSET:
        d["first_name"] = v
    elif v is None and seen is not None and "first_name" in seen:
        d["first_name"] = None
    v = o.last_name
    if v is not None and v is not UNSET:
        d["last_name"] = v
    elif v is None and seen is not None and "last_name" in seen:
        d["last_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and seen is not None and "date_of_birth" in seen:
        d["date_of_birth"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and seen is not None and "save_api_request" in seen:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_DatabaseValidationRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid DatabaseValidationRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "DatabaseValidationRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("issuing_state")
    if v is None:
        if "issuing_state" in d:
            raise RequestValidationError(at + "issuing_state", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "issuing_state", "type", "must be a string, not " + type(v).__name__
            )
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
            raise RequestValidationError(
                at + "validation_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("id_number")
    if v is None:
        if "id_number" in d:
            raise RequestValidationError(at + "id_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "id_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("personal_number")
    if v is None:
        if "personal_number" in d:
            raise RequestValidationError(at + "personal_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "personal_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("document_number")
    if v is None:
        if "document_number" in d:
            raise RequestValidationError(at + "document_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "document_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("first_name")
    if v is None:
        if "first_name" in d:
            raise RequestValidationError(at + "first_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "first_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("last_name")
    if v is None:
        if "last_name" in d:
            raise RequestValidationError(at + "last_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "last_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise RequestValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise RequestValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
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


def unstructure_IdVerificationResponse(o: IdVerificationResponse) -> dict[str, Any]:
    """Encode :class:`IdVerificationResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.id_verification
    if v is not None and v is not UNSET:
        d["id_verification"] = (
            unstructure_IdVerificationReport(v) if isinstance(v, IdVerificationReport) else v
        )
    elif v is None and seen is not None and "id_verification" in seen:
        d["id_verification"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_IdVerificationResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid IdVerificationResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "IdVerificationResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("id_verification")
    if v is not None:
        if v is not None:
            validate_IdVerificationReport(v, at + "id_verification" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_PassiveLivenessResponse(o: PassiveLivenessResponse) -> dict[str, Any]:
    """Encode :class:`PassiveLivenessResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.liveness
    if v is not None and v is not UNSET:
        d["liveness"] = unstructure_LivenessReport(v) if isinstance(v, LivenessReport) else v
    elif v is None and seen is not None and "liveness" in seen:
        d["liveness"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PassiveLivenessResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PassiveLivenessResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PassiveLivenessResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("liveness")
    if v is not None:
        if v is not None:
            validate_LivenessReport(v, at + "liveness" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_FaceMatchResponse(o: FaceMatchResponse) -> dict[str, Any]:
    """Encode :class:`FaceMatchResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.face_match
    if v is not None and v is not UNSET:
        d["face_match"] = unstructure_FaceMatchReport(v) if isinstance(v, FaceMatchReport) else v
    elif v is None and seen is not None and "face_match" in seen:
        d["face_match"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceMatchResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceMatchResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceMatchResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("face_match")
    if v is not None:
        if v is not None:
            validate_FaceMatchReport(v, at + "face_match" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_FaceSearchResponse(o: FaceSearchResponse) -> dict[str, Any]:
    """Encode :class:`FaceSearchResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.face_search
    if v is not None and v is not UNSET:
        d["face_search"] = unstructure_FaceSearchReport(v) if isinstance(v, FaceSearchReport) else v
    elif v is None and seen is not None and "face_search" in seen:
        d["face_search"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceSearchResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceSearchResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceSearchResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("face_search")
    if v is not None:
        if v is not None:
            validate_FaceSearchReport(v, at + "face_search" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_AgeEstimationResponse(o: AgeEstimationResponse) -> dict[str, Any]:
    """Encode :class:`AgeEstimationResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.liveness
    if v is not None and v is not UNSET:
        d["liveness"] = (
            unstructure_AgeEstimationReport(v) if isinstance(v, AgeEstimationReport) else v
        )
    elif v is None and seen is not None and "liveness" in seen:
        d["liveness"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AgeEstimationResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AgeEstimationResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AgeEstimationResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("liveness")
    if v is not None:
        if v is not None:
            validate_AgeEstimationReport(v, at + "liveness" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_AmlResponse(o: AmlResponse) -> dict[str, Any]:
    """Encode :class:`AmlResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.aml
    if v is not None and v is not UNSET:
        d["aml"] = unstructure_AmlReport(v) if isinstance(v, AmlReport) else v
    elif v is None and seen is not None and "aml" in seen:
        d["aml"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AmlResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AmlResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AmlResponse", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("aml")
    if v is not None:
        if v is not None:
            validate_AmlReport(v, at + "aml" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_PoaResponse(o: PoaResponse) -> dict[str, Any]:
    """Encode :class:`PoaResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.poa
    if v is not None and v is not UNSET:
        d["poa"] = unstructure_PoaReport(v) if isinstance(v, PoaReport) else v
    elif v is None and seen is not None and "poa" in seen:
        d["poa"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PoaResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PoaResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PoaResponse", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("poa")
    if v is not None:
        if v is not None:
            validate_PoaReport(v, at + "poa" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_DatabaseValidationResponse(o: DatabaseValidationResponse) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.database_validation
    if v is not None and v is not UNSET:
        d["database_validation"] = (
            unstructure_DatabaseValidationReport(v)
            if isinstance(v, DatabaseValidationReport)
            else v
        )
    elif v is None and seen is not None and "database_validation" in seen:
        d["database_validation"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_DatabaseValidationResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid DatabaseValidationResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "DatabaseValidationResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("database_validation")
    if v is not None:
        if v is not None:
            validate_DatabaseValidationReport(v, at + "database_validation" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


def structure_EmailSendResponse(d: Any) -> EmailSendResponse:
    """Decode a JSON object into :class:`EmailSendResponse`."""
    v: Any
    o = _new(EmailSendResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailSendResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailSendResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_EmailSendResponse(o: EmailSendResponse) -> dict[str, Any]:
    """Encode :class:`EmailSendResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.reason
    if v is not None and v is not UNSET:
        d["reason"] = v
    elif v is None and seen is not None and "reason" in seen:
        d["reason"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailSendResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailSendResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailSendResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("reason")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "reason", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_EmailCheckResponse(o: EmailCheckResponse) -> dict[str, Any]:
    """Encode :class:`EmailCheckResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and seen is not None and "message" in seen:
        d["message"] = None
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = unstructure_EmailReport(v) if isinstance(v, EmailReport) else v
    elif v is None and seen is not None and "email" in seen:
        d["email"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailCheckResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailCheckResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailCheckResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "message", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("email")
    if v is not None:
        if v is not None:
            validate_EmailReport(v, at + "email" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


def structure_PhoneSendResponse(d: Any) -> PhoneSendResponse:
    """Decode a JSON object into :class:`PhoneSendResponse`."""
    v: Any
    o = _new(PhoneSendResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneSendResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneSendResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_PhoneSendResponse(o: PhoneSendResponse) -> dict[str, Any]:
    """Encode :class:`PhoneSendResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.reason
    if v is not None and v is not UNSET:
        d["reason"] = v
    elif v is None and seen is not None and "reason" in seen:
        d["reason"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneSendResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneSendResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PhoneSendResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("reason")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "reason", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_PhoneCheckResponse(o: PhoneCheckResponse) -> dict[str, Any]:
    """Encode :class:`PhoneCheckResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and seen is not None and "request_id" in seen:
        d["request_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and seen is not None and "message" in seen:
        d["message"] = None
    v = o.phone
    if v is not None and v is not UNSET:
        d["phone"] = unstructure_PhoneReport(v) if isinstance(v, PhoneReport) else v
    elif v is None and seen is not None and "phone" in seen:
        d["phone"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneCheckResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneCheckResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PhoneCheckResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "request_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "message", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("phone")
    if v is not None:
        if v is not None:
            validate_PhoneReport(v, at + "phone" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "created_at", "type", "must be a string, not " + type(v).__name__
                )


def structure_HealthcheckResponse(d: Any) -> HealthcheckResponse:
    """Decode a JSON object into :class:`HealthcheckResponse`."""
    v: Any
    o = _new(HealthcheckResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_HealthcheckResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_HealthcheckResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_HealthcheckResponse(o: HealthcheckResponse) -> dict[str, Any]:
    """Encode :class:`HealthcheckResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and (seen is None or "status" in seen):
        d["status"] = None
    v = o.timestamp
    if v is not None and v is not UNSET:
        d["timestamp"] = v
    elif v is None and seen is not None and "timestamp" in seen:
        d["timestamp"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_HealthcheckResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid HealthcheckResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "HealthcheckResponse",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "status" not in d:
        raise RequestValidationError(at + "status", "required", "is required")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline11:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: ok"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("timestamp")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "timestamp", "type", "must be a string, not " + type(v).__name__
                )


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


def unstructure_WebhookSessionPayload(o: WebhookSessionPayload) -> dict[str, Any]:
    """Encode :class:`WebhookSessionPayload` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.event_id
    if v is not None and v is not UNSET:
        d["event_id"] = v
    elif v is None and seen is not None and "event_id" in seen:
        d["event_id"] = None
    v = o.webhook_type
    if v is not None and v is not UNSET:
        d["webhook_type"] = v
    elif v is None and (seen is None or "webhook_type" in seen):
        d["webhook_type"] = None
    v = o.timestamp
    if v is not None and v is not UNSET:
        d["timestamp"] = v
    elif v is None and seen is not None and "timestamp" in seen:
        d["timestamp"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and seen is not None and "created_at" in seen:
        d["created_at"] = None
    v = o.application_id
    if v is not None and v is not UNSET:
        d["application_id"] = v
    elif v is None and seen is not None and "application_id" in seen:
        d["application_id"] = None
    v = o.environment
    if v is not None and v is not UNSET:
        d["environment"] = v.value if isinstance(v, Environment) else v
    elif v is None and seen is not None and "environment" in seen:
        d["environment"] = None
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (seen is None or "session_id" in seen):
        d["session_id"] = None
    v = o.business_session_id
    if v is not None and v is not UNSET:
        d["business_session_id"] = v
    elif v is None and seen is not None and "business_session_id" in seen:
        d["business_session_id"] = None
    v = o.session_kind
    if v is not None and v is not UNSET:
        d["session_kind"] = v.value if isinstance(v, SessionKind) else v
    elif v is None and seen is not None and "session_kind" in seen:
        d["session_kind"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v.value if isinstance(v, SessionStatus) else v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and seen is not None and "workflow_id" in seen:
        d["workflow_id"] = None
    v = o.workflow_version
    if v is not None and v is not UNSET:
        d["workflow_version"] = v
    elif v is None and seen is not None and "workflow_version" in seen:
        d["workflow_version"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        )
    elif v is None and seen is not None and "metadata" in seen:
        d["metadata"] = None
    v = o.decision
    if v is not None and v is not UNSET:
        d["decision"] = unstructure_SessionDecision(v) if isinstance(v, SessionDecision) else v
    elif v is None and seen is not None and "decision" in seen:
        d["decision"] = None
    v = o.resubmit_info
    if v is not None and v is not UNSET:
        d["resubmit_info"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "resubmit_info" in seen:
        d["resubmit_info"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookSessionPayload(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookSessionPayload."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookSessionPayload",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("event_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "event_id", "type", "must be a string, not " + type(v).__name__
                )
    if "webhook_type" not in d:
        raise RequestValidationError(at + "webhook_type", "required", "is required")
    v = d.get("webhook_type")
    if v is None:
        if "webhook_type" in d:
            raise RequestValidationError(at + "webhook_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "webhook_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("timestamp")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "timestamp", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not ((isinstance(v, int) and not isinstance(v, bool)) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "created_at",
                    "type",
                    "must be one of: integer, string, not " + type(v).__name__,
                )
            if isinstance(v, int) and not isinstance(v, bool):
                if isinstance(v, bool) or not isinstance(v, int):
                    raise RequestValidationError(
                        at + "created_at", "type", "must be an integer, not " + type(v).__name__
                    )
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(
                        at + "created_at", "type", "must be a string, not " + type(v).__name__
                    )
    v = d.get("application_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "application_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("environment")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_Environment:
                raise RequestValidationError(
                    at + "environment",
                    "enum",
                    "must be one of: live, sandbox"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    if "session_id" not in d:
        raise RequestValidationError(at + "session_id", "required", "is required")
    v = d.get("session_id")
    if v is None:
        if "session_id" in d:
            raise RequestValidationError(at + "session_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "session_id", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("business_session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "business_session_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("session_kind")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_SessionKind:
                raise RequestValidationError(
                    at + "session_kind",
                    "enum",
                    "must be one of: user, business"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_SessionStatus:
                raise RequestValidationError(
                    at + "status",
                    "enum",
                    "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("workflow_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "workflow_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("workflow_version")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "workflow_version", "type", "must be an integer, not " + type(v).__name__
                )
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "vendor_data", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not (isinstance(v, Mapping) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "metadata",
                    "type",
                    "must be one of: object, string, not " + type(v).__name__,
                )
            if isinstance(v, Mapping):
                if not isinstance(v, Mapping):
                    raise RequestValidationError(
                        at + "metadata", "type", "must be an object, not " + type(v).__name__
                    )
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(
                        at + "metadata", "type", "must be a string, not " + type(v).__name__
                    )
    v = d.get("decision")
    if v is not None:
        if v is not None:
            validate_SessionDecision(v, at + "decision" + ".")
    v = d.get("resubmit_info")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "resubmit_info", "type", "must be an object, not " + type(v).__name__
                )


def structure_WebhookFieldChange(d: Any) -> WebhookFieldChange:
    """Decode a JSON object into :class:`WebhookFieldChange`."""
    v: Any
    o = _new(WebhookFieldChange)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookFieldChange.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookFieldChange
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def unstructure_WebhookFieldChange(o: WebhookFieldChange) -> dict[str, Any]:
    """Encode :class:`WebhookFieldChange` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and seen is not None and "previous" in seen:
        d["previous"] = None
    v = o.current
    if v is not None and v is not UNSET:
        d["current"] = v
    elif v is None and seen is not None and "current" in seen:
        d["current"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookFieldChange(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookFieldChange."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookFieldChange",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any


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


def unstructure_WebhookEntityPayload(o: WebhookEntityPayload) -> dict[str, Any]:
    """Encode :class:`WebhookEntityPayload` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.event_id
    if v is not None and v is not UNSET:
        d["event_id"] = v
    elif v is None and seen is not None and "event_id" in seen:
        d["event_id"] = None
    v = o.webhook_type
    if v is not None and v is not UNSET:
        d["webhook_type"] = v
    elif v is None and (seen is None or "webhook_type" in seen):
        d["webhook_type"] = None
    v = o.timestamp
    if v is not None and v is not UNSET:
        d["timestamp"] = v
    elif v is None and seen is not None and "timestamp" in seen:
        d["timestamp"] = None
    v = o.application_id
    if v is not None and v is not UNSET:
        d["application_id"] = v
    elif v is None and seen is not None and "application_id" in seen:
        d["application_id"] = None
    v = o.environment
    if v is not None and v is not UNSET:
        d["environment"] = v.value if isinstance(v, Environment) else v
    elif v is None and seen is not None and "environment" in seen:
        d["environment"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and seen is not None and "vendor_data" in seen:
        d["vendor_data"] = None
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and seen is not None and "uuid" in seen:
        d["uuid"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and seen is not None and "status" in seen:
        d["status"] = None
    v = o.previous_status
    if v is not None and v is not UNSET:
        d["previous_status"] = v
    elif v is None and seen is not None and "previous_status" in seen:
        d["previous_status"] = None
    v = o.changed_fields
    if v is not None and v is not UNSET:
        d["changed_fields"] = v
    elif v is None and seen is not None and "changed_fields" in seen:
        d["changed_fields"] = None
    v = o.changes
    if v is not None and v is not UNSET:
        d["changes"] = (
            {
                k: unstructure_WebhookFieldChange(x) if isinstance(x, WebhookFieldChange) else x
                for k, x in v.items()
            }
            if isinstance(v, Mapping)
            else v
        )
    elif v is None and seen is not None and "changes" in seen:
        d["changes"] = None
    v = o.event
    if v is not None and v is not UNSET:
        d["event"] = v
    elif v is None and seen is not None and "event" in seen:
        d["event"] = None
    v = o.data
    if v is not None and v is not UNSET:
        d["data"] = dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v
    elif v is None and seen is not None and "data" in seen:
        d["data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookEntityPayload(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookEntityPayload."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookEntityPayload",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("event_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "event_id", "type", "must be a string, not " + type(v).__name__
                )
    if "webhook_type" not in d:
        raise RequestValidationError(at + "webhook_type", "required", "is required")
    v = d.get("webhook_type")
    if v is None:
        if "webhook_type" in d:
            raise RequestValidationError(at + "webhook_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "webhook_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("timestamp")
    if v is not None:
        if v is not None:
            if not ((isinstance(v, int) and not isinstance(v, bool)) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "timestamp",
                    "type",
                    "must be one of: integer, string, not " + type(v).__name__,
                )
            if isinstance(v, int) and not isinstance(v, bool):
                if isinstance(v, bool) or not isinstance(v, int):
                    raise RequestValidationError(
                        at + "timestamp", "type", "must be an integer, not " + type(v).__name__
                    )
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(
                        at + "timestamp", "type", "must be a string, not " + type(v).__name__
                    )
    v = d.get("application_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "application_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("environment")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_Environment:
                raise RequestValidationError(
                    at + "environment",
                    "enum",
                    "must be one of: live, sandbox"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
                )
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "vendor_data", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "uuid", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("previous_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "previous_status", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("changed_fields")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "changed_fields", "type", "must be a list, not " + type(v).__name__
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "changed_fields", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "changed_fields" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("changes")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "changes", "type", "must be an object, not " + type(v).__name__
                )
            for k0, x0 in v.items():
                validate_WebhookFieldChange(x0, at + "changes" + "." + str(k0) + ".")
    v = d.get("event")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "event", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "data", "type", "must be an object, not " + type(v).__name__
                )


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


def unstructure_WebhookGenericPayload(o: WebhookGenericPayload) -> dict[str, Any]:
    """Encode :class:`WebhookGenericPayload` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    seen: Any = o._present
    v: Any
    if seen:
        seen = o.__dict__
    v = o.event_id
    if v is not None and v is not UNSET:
        d["event_id"] = v
    elif v is None and seen is not None and "event_id" in seen:
        d["event_id"] = None
    v = o.webhook_type
    if v is not None and v is not UNSET:
        d["webhook_type"] = v
    elif v is None and (seen is None or "webhook_type" in seen):
        d["webhook_type"] = None
    v = o.timestamp
    if v is not None and v is not UNSET:
        d["timestamp"] = v
    elif v is None and seen is not None and "timestamp" in seen:
        d["timestamp"] = None
    v = o.application_id
    if v is not None and v is not UNSET:
        d["application_id"] = v
    elif v is None and seen is not None and "application_id" in seen:
        d["application_id"] = None
    v = o.environment
    if v is not None and v is not UNSET:
        d["environment"] = v.value if isinstance(v, Environment) else v
    elif v is None and seen is not None and "environment" in seen:
        d["environment"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookGenericPayload(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookGenericPayload."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookGenericPayload",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("event_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "event_id", "type", "must be a string, not " + type(v).__name__
                )
    if "webhook_type" not in d:
        raise RequestValidationError(at + "webhook_type", "required", "is required")
    v = d.get("webhook_type")
    if v is None:
        if "webhook_type" in d:
            raise RequestValidationError(at + "webhook_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(
                at + "webhook_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("timestamp")
    if v is not None:
        if v is not None:
            if not ((isinstance(v, int) and not isinstance(v, bool)) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "timestamp",
                    "type",
                    "must be one of: integer, string, not " + type(v).__name__,
                )
            if isinstance(v, int) and not isinstance(v, bool):
                if isinstance(v, bool) or not isinstance(v, int):
                    raise RequestValidationError(
                        at + "timestamp", "type", "must be an integer, not " + type(v).__name__
                    )
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(
                        at + "timestamp", "type", "must be a string, not " + type(v).__name__
                    )
    v = d.get("application_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "application_id", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("environment")
    if v is not None:
        if v is not None:
            if not isinstance(v, str) or v not in _E_Environment:
                raise RequestValidationError(
                    at + "environment",
                    "enum",
                    "must be one of: live, sandbox"
                    + (
                        ", not " + repr(v[:40])
                        if isinstance(v, str)
                        else ", not " + type(v).__name__
                    ),
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

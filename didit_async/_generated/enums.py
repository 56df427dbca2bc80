# Generated from openapi/didit.yaml by codegen. Do not edit.
"""String enums from the spec.

Open enums: an unknown value decodes to a pseudo-member (still a ``str`` and an
instance of the enum, ``is_known`` False) instead of failing; requests accept only
the known values.
"""

from __future__ import annotations

from didit_async._seam import OpenStrEnum

__all__ = [
    "AmlHitReviewStatus",
    "CallbackMethod",
    "CaseAssignmentMethod",
    "CaseEntityAction",
    "CaseEventType",
    "CaseLinkEntityType",
    "CasePriority",
    "CaseResolution",
    "CaseSource",
    "CaseStatus",
    "CaseSubjectType",
    "CheckAction",
    "Environment",
    "FeatureStatus",
    "Language",
    "ListEntryType",
    "ListType",
    "NetworkNodeStatus",
    "NetworkPatternType",
    "NetworkRiskBand",
    "NetworkSignalType",
    "NetworkStatus",
    "NetworkSubjectKind",
    "RegulatoryReportFileFormat",
    "RegulatoryReportStatus",
    "RegulatoryReportSubmissionCode",
    "RegulatoryReportType",
    "SessionImportType",
    "SessionKind",
    "SessionStatus",
    "TransactionCategory",
    "UserStatus",
    "WarningLogType",
    "WebhookEventType",
    "WebhookVersion",
    "WorkflowType",
]


class SessionStatus(OpenStrEnum):
    """A session's status, exactly as Didit spells it (case-sensitive; a single capital K in `Kyc
    Expired`). Final: Approved, Declined, Expired, Abandoned, Kyc Expired (Approved and Declined
    can still be overturned by a review; Abandoned can be resubmitted). Not final: Not Started,
    In Progress, In Review (awaits a person), Awaiting User (KYB parties), Resubmitted. Sources
    disagree: older pages list 9 statuses (no Awaiting User) or 8 (no Resubmitted); we follow
    the current verification-statuses page (10). Unknown values are kept by the SDK, never
    rejected, in responses.
    """

    NOT_STARTED = "Not Started"
    IN_PROGRESS = "In Progress"
    IN_REVIEW = "In Review"
    AWAITING_USER = "Awaiting User"
    RESUBMITTED = "Resubmitted"
    APPROVED = "Approved"
    DECLINED = "Declined"
    EXPIRED = "Expired"
    ABANDONED = "Abandoned"
    KYC_EXPIRED = "Kyc Expired"


class FeatureStatus(OpenStrEnum):
    """The status of one feature node of a session (Didit's `FeatureStatusChoices`), separate from
    the session status. Only documented values are listed; the ID-verification report reference
    gives 'Approved' | 'Declined' | 'In Review' | 'Expired' | 'Not Finished', and the current
    IP-analysis report reference adds 'Resub Requested'. The full server-side list is not
    published, and an earlier draft's extra values (In Progress, Not Started, Resubmitted,
    Skipped) had no source. Any other value is kept by the SDK as a plain string, so a new
    status never breaks decoding.
    """

    APPROVED = "Approved"
    DECLINED = "Declined"
    IN_REVIEW = "In Review"
    NOT_FINISHED = "Not Finished"
    EXPIRED = "Expired"
    RESUB_REQUESTED = "Resub Requested"


class SessionKind(OpenStrEnum):
    """`user` for KYC sessions, `business` for KYB sessions."""

    USER = "user"
    BUSINESS = "business"


class Environment(OpenStrEnum):
    """Which kind of application produced the data."""

    LIVE = "live"
    SANDBOX = "sandbox"


class WarningLogType(OpenStrEnum):
    """`error`: the configured action was Decline; `warning`: Review; `information`: anything else."""

    ERROR = "error"
    WARNING = "warning"
    INFORMATION = "information"


class CallbackMethod(OpenStrEnum):
    """Which device is redirected to `callback` when the flow ends; use `both` when the callback
    does not trigger reliably.
    """

    INITIATOR = "initiator"
    COMPLETER = "completer"
    BOTH = "both"


class Language(OpenStrEnum):
    """ISO 639-1 language of the hosted flow (and of emails). The list is the docs' list; the
    community SDK adds bs, eu, gl, kk, ky, mn, sq, which are not documented and so not accepted
    in requests.
    """

    EN = "en"
    AR = "ar"
    BG = "bg"
    BN = "bn"
    CA = "ca"
    CNR = "cnr"
    CS = "cs"
    DA = "da"
    DE = "de"
    EL = "el"
    ES = "es"
    ET = "et"
    FA = "fa"
    FI = "fi"
    FR = "fr"
    HE = "he"
    HI = "hi"
    HR = "hr"
    HU = "hu"
    HY = "hy"
    ID = "id"
    IT = "it"
    JA = "ja"
    KA = "ka"
    KO = "ko"
    LT = "lt"
    LV = "lv"
    MK = "mk"
    MS = "ms"
    NL = "nl"
    NO = "no"
    PL = "pl"
    PT_BR = "pt-BR"
    PT = "pt"
    RO = "ro"
    RU = "ru"
    SK = "sk"
    SL = "sl"
    SO = "so"
    SR = "sr"
    SV = "sv"
    TH = "th"
    TR = "tr"
    UK = "uk"
    UZ = "uz"
    VI = "vi"
    ZH_CN = "zh-CN"
    ZH_TW = "zh-TW"
    ZH = "zh"
    BS = "bs"
    KK = "kk"
    KY = "ky"
    MN = "mn"
    SQ = "sq"


class WebhookEventType(OpenStrEnum):
    """Exact webhook event names (no wildcard). Sources disagree: an older data-models page names
    `session.status.updated`, `session.created`, `session.events.updated`; the current webhooks
    page says those do not exist. We follow the current page. `activity.created` is accepted but
    not delivered for live traffic.
    """

    STATUS_UPDATED = "status.updated"
    DATA_UPDATED = "data.updated"
    USER_STATUS_UPDATED = "user.status.updated"
    USER_DATA_UPDATED = "user.data.updated"
    BUSINESS_STATUS_UPDATED = "business.status.updated"
    BUSINESS_DATA_UPDATED = "business.data.updated"
    ACTIVITY_CREATED = "activity.created"
    TRANSACTION_CREATED = "transaction.created"
    TRANSACTION_STATUS_UPDATED = "transaction.status.updated"
    TRAVEL_RULE_STATUS_UPDATED = "travel_rule.status.updated"


class WebhookVersion(OpenStrEnum):
    """Payload version; v3 (plural decision arrays) is recommended."""

    V1 = "v1"
    V2 = "v2"
    V3 = "v3"


class WorkflowType(OpenStrEnum):
    """The older flat workflow types. Newer workflows are described by their `features` instead."""

    KYC = "kyc"
    ADAPTIVE_AGE_VERIFICATION = "adaptive_age_verification"
    BIOMETRIC_AUTHENTICATION = "biometric_authentication"
    ADDRESS_VERIFICATION = "address_verification"
    QUESTIONNAIRE_VERIFICATION = "questionnaire_verification"
    EMAIL_VERIFICATION = "email_verification"
    PHONE_VERIFICATION = "phone_verification"


class UserStatus(OpenStrEnum):
    """A user entity's status."""

    ACTIVE = "ACTIVE"
    FLAGGED = "FLAGGED"
    BLOCKED = "BLOCKED"


class AmlHitReviewStatus(OpenStrEnum):
    """A reviewer's verdict on one AML hit."""

    UNREVIEWED = "Unreviewed"
    CONFIRMED_MATCH = "Confirmed Match"
    FALSE_POSITIVE = "False Positive"
    INCONCLUSIVE = "Inconclusive"


class CheckAction(OpenStrEnum):
    """What to do when the signal is present."""

    NO_ACTION = "NO_ACTION"
    DECLINE = "DECLINE"


class SessionImportType(OpenStrEnum):
    """SessionImportType"""

    USER_VERIFICATION = "user_verification"
    BUSINESS_VERIFICATION = "business_verification"
    STATUS_RULES = "status_rules"
    TRANSACTIONS = "transactions"


class TransactionCategory(OpenStrEnum):
    """TransactionCategory"""

    FINANCE = "finance"
    KYC = "kyc"
    TRAVEL_RULE = "travel_rule"
    USER_EVENT = "user_event"
    AUDIT_TRAIL_EVENT = "audit_trail_event"
    GAMBLING_BET = "gambling_bet"
    GAMBLING_LIMIT_CHANGE = "gambling_limit_change"
    GAMBLING_BONUS_CHANGE = "gambling_bonus_change"
    TRAVELRULE = "travelRule"


class ListType(OpenStrEnum):
    """ListType"""

    BLOCKLIST = "blocklist"
    ALLOWLIST = "allowlist"
    CUSTOM = "custom"


class ListEntryType(OpenStrEnum):
    """ListEntryType"""

    FACE = "face"
    DOCUMENT = "document"
    PHONE = "phone"
    EMAIL = "email"
    IP_ADDRESS = "ip_address"
    DEVICE_FINGERPRINT = "device_fingerprint"
    WALLET_ADDRESS = "wallet_address"
    BANK_ACCOUNT = "bank_account"
    USER = "user"
    BUSINESS = "business"
    COUNTRY = "country"
    KEY = "key"


class CaseAssignmentMethod(OpenStrEnum):
    """CaseAssignmentMethod"""

    MANUAL = "MANUAL"
    AUTOMATIC = "AUTOMATIC"


class CaseStatus(OpenStrEnum):
    """CaseStatus"""

    OPEN = "OPEN"
    AWAITING_USER = "AWAITING_USER"
    RESOLVED = "RESOLVED"


class CaseResolution(OpenStrEnum):
    """CaseResolution"""

    FALSE_POSITIVE = "FALSE_POSITIVE"
    VALID_THREAT = "VALID_THREAT"


class CasePriority(OpenStrEnum):
    """CasePriority"""

    LOW = "LOW"
    MEDIUM = "MEDIUM"
    HIGH = "HIGH"


class CaseSubjectType(OpenStrEnum):
    """CaseSubjectType"""

    USER = "user"
    BUSINESS = "business"


class CaseSource(OpenStrEnum):
    """CaseSource"""

    MANUAL = "MANUAL"
    AML_SCREENING = "AML_SCREENING"
    TRANSACTION_RULE = "TRANSACTION_RULE"
    WORKFLOW_BUILDER = "WORKFLOW_BUILDER"


class CaseEventType(OpenStrEnum):
    """CaseEventType"""

    CREATED = "CREATED"
    STATUS_CHANGED = "STATUS_CHANGED"
    ASSIGNED = "ASSIGNED"
    UNASSIGNED = "UNASSIGNED"
    RESOLVED = "RESOLVED"
    REOPENED = "REOPENED"
    LINK_ADDED = "LINK_ADDED"
    LINK_REMOVED = "LINK_REMOVED"
    NOTE_ADDED = "NOTE_ADDED"
    PRIORITY_CHANGED = "PRIORITY_CHANGED"
    DUE_DATE_CHANGED = "DUE_DATE_CHANGED"
    TAG_ADDED = "TAG_ADDED"
    TAG_REMOVED = "TAG_REMOVED"
    ESCALATED = "ESCALATED"
    TRANSFERRED = "TRANSFERRED"
    CHECKLIST_COMPLETED = "CHECKLIST_COMPLETED"
    REPORT_CREATED = "REPORT_CREATED"
    REPORT_FINALIZED = "REPORT_FINALIZED"
    SUBMITTED_FOR_APPROVAL = "SUBMITTED_FOR_APPROVAL"
    APPROVAL_GRANTED = "APPROVAL_GRANTED"
    APPROVAL_REJECTED = "APPROVAL_REJECTED"
    ENTITY_ACTION = "ENTITY_ACTION"


class CaseLinkEntityType(OpenStrEnum):
    """CaseLinkEntityType"""

    SESSION = "session"
    BUSINESS_SESSION = "business_session"
    TRANSACTION = "transaction"


class CaseEntityAction(OpenStrEnum):
    """CaseEntityAction"""

    SET_STATUS = "set_status"
    ADD_TAGS = "add_tags"
    ADD_NOTE = "add_note"
    ADD_TO_BLOCKLIST = "add_to_blocklist"


class RegulatoryReportType(OpenStrEnum):
    """RegulatoryReportType"""

    SAR = "SAR"
    STR = "STR"
    CTR = "CTR"
    TTR = "TTR"
    UTR = "UTR"
    IFT = "IFT"
    CBR = "CBR"
    TFR = "TFR"


class RegulatoryReportSubmissionCode(OpenStrEnum):
    """RegulatoryReportSubmissionCode"""

    E = "E"
    M = "M"


class RegulatoryReportStatus(OpenStrEnum):
    """RegulatoryReportStatus"""

    DRAFT = "DRAFT"
    VALIDATED = "VALIDATED"
    FINALIZED = "FINALIZED"


class RegulatoryReportFileFormat(OpenStrEnum):
    """RegulatoryReportFileFormat"""

    PDF = "pdf"
    XML = "xml"


class NetworkStatus(OpenStrEnum):
    """NetworkStatus"""

    ACTIVE = "active"
    IN_REVIEW = "in_review"
    RESOLVED = "resolved"
    DISMISSED = "dismissed"


class NetworkRiskBand(OpenStrEnum):
    """NetworkRiskBand"""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class NetworkPatternType(OpenStrEnum):
    """NetworkPatternType"""

    EXACT_SAME_DEVICE = "exact_same_device"
    SIMILAR_DEVICE = "similar_device"
    SAME_IP_ADDRESS = "same_ip_address"
    SAME_ADDRESS = "same_address"
    SIMILAR_SELFIE_BACKGROUNDS = "similar_selfie_backgrounds"
    SIMILAR_POA_DOCUMENTS = "similar_poa_documents"
    SAME_DOCUMENT_NUMBER = "same_document_number"
    SAME_PHONE_NUMBER = "same_phone_number"
    SAME_EMAIL = "same_email"


class NetworkSignalType(OpenStrEnum):
    """NetworkSignalType"""

    IP_ADDRESS = "ip_address"
    DEVICE = "device"
    FACE = "face"
    DOCUMENT_NUMBER = "document_number"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"


class NetworkSubjectKind(OpenStrEnum):
    """NetworkSubjectKind"""

    VENDOR_USER = "vendor_user"
    VENDOR_BUSINESS = "vendor_business"
    TRANSACTION_PARTY = "transaction_party"


class NetworkNodeStatus(OpenStrEnum):
    """NetworkNodeStatus"""

    APPROVED = "approved"
    IN_REVIEW = "in_review"
    DECLINED = "declined"
    NOT_COMPLETED = "not_completed"
    SIGNAL_ACTIVE = "signal_active"
    SIGNAL_GUARDED = "signal_guarded"

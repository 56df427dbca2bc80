# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date, is_email, is_uri, is_uuid

from ..enums import (
    AmlHitReviewStatus,
    CallbackMethod,
    Environment,
    FeatureStatus,
    Language,
    SessionKind,
    SessionStatus,
)
from ..models.sessions import (
    BankVerificationReport,
    BatchDeleteJob,
    BatchDeleteResultItem,
    BatchDeleteSessionsRequest,
    BatchDeleteSessionsResponse,
    ContactDetails,
    CreateSessionRequest,
    CreateSessionResponse,
    DocumentAiDocument,
    ExpectedDetails,
    ImportSharedSessionRequest,
    ImportSharedSessionResponse,
    IpAnalysisReport,
    KybDocumentVerification,
    KybKeyPeopleCheck,
    KybRegistryCheck,
    NfcVerificationReport,
    NodeToResubmit,
    QuestionnaireResponse,
    SessionDecision,
    SessionEvent,
    SessionEventPage,
    SessionIdResponse,
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
    ShareSessionRequest,
    ShareSessionResponse,
    SignatureReport,
    UpdateAmlHitStatusRequest,
    UpdateAmlHitStatusResponse,
    UpdateFeatureStatusRequest,
    UpdateFeatureStatusResponse,
    UpdatePoaDataRequest,
    UpdateSessionDataRequest,
    UpdateSessionDataResponse,
    UpdateStatusRequest,
)
from ..models.shared import (
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
from . import (
    _P0,
    _P1,
    Table,
    _E_AmlHitReviewStatus,
    _E_CallbackMethod,
    _E_inline0,
    _E_inline1,
    _E_inline2,
    _E_inline3,
    _E_Language,
    _M_AmlHitReviewStatus,
    _M_CallbackMethod,
    _M_Environment,
    _M_FeatureStatus,
    _M_Language,
    _M_SessionKind,
    _M_SessionStatus,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)
from .shared import (
    structure_AmlReport,
    structure_DatabaseValidationReport,
    structure_EmailReport,
    structure_FaceMatchReport,
    structure_FaceSearchReport,
    structure_IdVerificationReport,
    structure_LivenessReport,
    structure_PhoneReport,
    structure_PoaReport,
    structure_Warning,
    unstructure_AmlReport,
    unstructure_DatabaseValidationReport,
    unstructure_EmailReport,
    unstructure_FaceMatchReport,
    unstructure_FaceSearchReport,
    unstructure_IdVerificationReport,
    unstructure_LivenessReport,
    unstructure_PhoneReport,
    unstructure_PoaReport,
    unstructure_Warning,
)

_U_ContactDetails: Table = (
    ("email", "email", None, True),
    ("send_notification_emails", "send_notification_emails", None, False),
    ("email_lang", "email_lang", None, False),
    ("phone", "phone", None, True),
)


def unstructure_ContactDetails(o: ContactDetails) -> dict[str, Any]:
    """Encode :class:`ContactDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ContactDetails)


def structure_ContactDetails(d: Any) -> ContactDetails:
    """Decode a JSON object into :class:`ContactDetails`."""
    o = new_object(ContactDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_ContactDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ContactDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ContactDetails(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ContactDetails."""
    check_model(d, at, _V_ContactDetails, _K_ContactDetails)


_U_ExpectedDetails: Table = (
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
    return encode_by_table(o, _U_ExpectedDetails)


def structure_ExpectedDetails(d: Any) -> ExpectedDetails:
    """Decode a JSON object into :class:`ExpectedDetails`."""
    o = new_object(ExpectedDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_ExpectedDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ExpectedDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ExpectedDetails(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ExpectedDetails."""
    check_model(d, at, _V_ExpectedDetails, _K_ExpectedDetails)


_U_NfcVerificationReport: Table = (
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
    return encode_by_table(o, _U_NfcVerificationReport)


def structure_NfcVerificationReport(d: Any) -> NfcVerificationReport:
    """Decode a JSON object into :class:`NfcVerificationReport`."""
    v: Any
    o = new_object(NfcVerificationReport)
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


_U_DocumentAiDocument: Table = (
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
    return encode_by_table(o, _U_DocumentAiDocument)


def structure_DocumentAiDocument(d: Any) -> DocumentAiDocument:
    """Decode a JSON object into :class:`DocumentAiDocument`."""
    v: Any
    o = new_object(DocumentAiDocument)
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


_U_IpAnalysisReport: Table = (
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
    return encode_by_table(o, _U_IpAnalysisReport)


def structure_IpAnalysisReport(d: Any) -> IpAnalysisReport:
    """Decode a JSON object into :class:`IpAnalysisReport`."""
    v: Any
    o = new_object(IpAnalysisReport)
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


_U_QuestionnaireResponse: Table = (
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
    return encode_by_table(o, _U_QuestionnaireResponse)


def structure_QuestionnaireResponse(d: Any) -> QuestionnaireResponse:
    """Decode a JSON object into :class:`QuestionnaireResponse`."""
    v: Any
    o = new_object(QuestionnaireResponse)
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


_U_SignatureReport: Table = (
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
    return encode_by_table(o, _U_SignatureReport)


def structure_SignatureReport(d: Any) -> SignatureReport:
    """Decode a JSON object into :class:`SignatureReport`."""
    v: Any
    o = new_object(SignatureReport)
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


_U_BankVerificationReport: Table = (
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
    return encode_by_table(o, _U_BankVerificationReport)


def structure_BankVerificationReport(d: Any) -> BankVerificationReport:
    """Decode a JSON object into :class:`BankVerificationReport`."""
    v: Any
    o = new_object(BankVerificationReport)
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


_U_KybRegistryCheck: Table = (
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
    return encode_by_table(o, _U_KybRegistryCheck)


def structure_KybRegistryCheck(d: Any) -> KybRegistryCheck:
    """Decode a JSON object into :class:`KybRegistryCheck`."""
    v: Any
    o = new_object(KybRegistryCheck)
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


_U_KybDocumentVerification: Table = (
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
    return encode_by_table(o, _U_KybDocumentVerification)


def structure_KybDocumentVerification(d: Any) -> KybDocumentVerification:
    """Decode a JSON object into :class:`KybDocumentVerification`."""
    v: Any
    o = new_object(KybDocumentVerification)
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


_U_KybKeyPeopleCheck: Table = (
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
    return encode_by_table(o, _U_KybKeyPeopleCheck)


def structure_KybKeyPeopleCheck(d: Any) -> KybKeyPeopleCheck:
    """Decode a JSON object into :class:`KybKeyPeopleCheck`."""
    v: Any
    o = new_object(KybKeyPeopleCheck)
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


_U_SessionReview: Table = (
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
    return encode_by_table(o, _U_SessionReview)


def structure_SessionReview(d: Any) -> SessionReview:
    """Decode a JSON object into :class:`SessionReview`."""
    o = new_object(SessionReview)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionReview.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionReview
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionDecision: Table = (
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
    return encode_by_table(o, _U_SessionDecision)


def structure_SessionDecision(d: Any) -> SessionDecision:
    """Decode a JSON object into :class:`SessionDecision`."""
    v: Any
    o = new_object(SessionDecision)
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


_U_CreateSessionRequest: Table = (
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
    return encode_by_table(o, _U_CreateSessionRequest)


def structure_CreateSessionRequest(d: Any) -> CreateSessionRequest:
    """Decode a JSON object into :class:`CreateSessionRequest`."""
    v: Any
    o = new_object(CreateSessionRequest)
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


def validate_CreateSessionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CreateSessionRequest."""
    check_model(d, at, _V_CreateSessionRequest, _K_CreateSessionRequest)


_U_CreateSessionResponse: Table = (
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
    return encode_by_table(o, _U_CreateSessionResponse)


def structure_CreateSessionResponse(d: Any) -> CreateSessionResponse:
    """Decode a JSON object into :class:`CreateSessionResponse`."""
    v: Any
    o = new_object(CreateSessionResponse)
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


_U_ImportSharedSessionResponse: Table = (
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
    return encode_by_table(o, _U_ImportSharedSessionResponse)


def structure_ImportSharedSessionResponse(d: Any) -> ImportSharedSessionResponse:
    """Decode a JSON object into :class:`ImportSharedSessionResponse`."""
    v: Any
    o = new_object(ImportSharedSessionResponse)
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


_U_SessionListFeature: Table = (
    ("feature", "feature", None, False),
    ("status", "status", None, False),
)


def unstructure_SessionListFeature(o: SessionListFeature) -> dict[str, Any]:
    """Encode :class:`SessionListFeature` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListFeature)


def structure_SessionListFeature(d: Any) -> SessionListFeature:
    """Decode a JSON object into :class:`SessionListFeature`."""
    o = new_object(SessionListFeature)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListFeature.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListFeature
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListPhone: Table = (
    ("number", "number", None, False),
    ("is_verified", "is_verified", None, False),
)


def unstructure_SessionListPhone(o: SessionListPhone) -> dict[str, Any]:
    """Encode :class:`SessionListPhone` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListPhone)


def structure_SessionListPhone(d: Any) -> SessionListPhone:
    """Decode a JSON object into :class:`SessionListPhone`."""
    o = new_object(SessionListPhone)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListPhone.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListPhone
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListEmail: Table = (
    ("email", "email", None, False),
    ("is_verified", "is_verified", None, False),
)


def unstructure_SessionListEmail(o: SessionListEmail) -> dict[str, Any]:
    """Encode :class:`SessionListEmail` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListEmail)


def structure_SessionListEmail(d: Any) -> SessionListEmail:
    """Decode a JSON object into :class:`SessionListEmail`."""
    o = new_object(SessionListEmail)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListEmail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListEmail
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListAml: Table = (
    ("total_hits", "total_hits", None, False),
    ("entity_type", "entity_type", None, False),
    ("is_adverse_media_fetched", "is_adverse_media_fetched", None, False),
)


def unstructure_SessionListAml(o: SessionListAml) -> dict[str, Any]:
    """Encode :class:`SessionListAml` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListAml)


def structure_SessionListAml(d: Any) -> SessionListAml:
    """Decode a JSON object into :class:`SessionListAml`."""
    o = new_object(SessionListAml)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListAml.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListAml
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListLiveness: Table = (
    ("method", "method", None, False),
    ("score", "score", None, False),
)


def unstructure_SessionListLiveness(o: SessionListLiveness) -> dict[str, Any]:
    """Encode :class:`SessionListLiveness` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListLiveness)


def structure_SessionListLiveness(d: Any) -> SessionListLiveness:
    """Decode a JSON object into :class:`SessionListLiveness`."""
    o = new_object(SessionListLiveness)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListLiveness.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListLiveness
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListFaceMatch: Table = (("score", "score", None, False),)


def unstructure_SessionListFaceMatch(o: SessionListFaceMatch) -> dict[str, Any]:
    """Encode :class:`SessionListFaceMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListFaceMatch)


def structure_SessionListFaceMatch(d: Any) -> SessionListFaceMatch:
    """Decode a JSON object into :class:`SessionListFaceMatch`."""
    o = new_object(SessionListFaceMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListFaceMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListFaceMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListAdditionalDetails: Table = (
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
    return encode_by_table(o, _U_SessionListAdditionalDetails)


def structure_SessionListAdditionalDetails(d: Any) -> SessionListAdditionalDetails:
    """Decode a JSON object into :class:`SessionListAdditionalDetails`."""
    v: Any
    o = new_object(SessionListAdditionalDetails)
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


_U_SessionListItem: Table = (
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
    return encode_by_table(o, _U_SessionListItem)


def structure_SessionListItem(d: Any) -> SessionListItem:
    """Decode a JSON object into :class:`SessionListItem`."""
    v: Any
    o = new_object(SessionListItem)
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


_U_SessionListPage: Table = (
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
    return encode_by_table(o, _U_SessionListPage)


def structure_SessionListPage(d: Any) -> SessionListPage:
    """Decode a JSON object into :class:`SessionListPage`."""
    v: Any
    o = new_object(SessionListPage)
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


_U_BatchDeleteSessionsRequest: Table = (
    ("session_numbers", "session_numbers", None, False),
    ("delete_all", "delete_all", None, False),
)


def unstructure_BatchDeleteSessionsRequest(o: BatchDeleteSessionsRequest) -> dict[str, Any]:
    """Encode :class:`BatchDeleteSessionsRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BatchDeleteSessionsRequest)


def structure_BatchDeleteSessionsRequest(d: Any) -> BatchDeleteSessionsRequest:
    """Decode a JSON object into :class:`BatchDeleteSessionsRequest`."""
    o = new_object(BatchDeleteSessionsRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteSessionsRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteSessionsRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_BatchDeleteSessionsRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BatchDeleteSessionsRequest."""
    check_model(d, at, _V_BatchDeleteSessionsRequest, _K_BatchDeleteSessionsRequest)


_U_BatchDeleteResultItem: Table = (
    ("session_number", "session_number", None, False),
    ("session_id", "session_id", None, False),
    ("deleted", "deleted", None, False),
    ("detail", "detail", None, False),
)


def unstructure_BatchDeleteResultItem(o: BatchDeleteResultItem) -> dict[str, Any]:
    """Encode :class:`BatchDeleteResultItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BatchDeleteResultItem)


def structure_BatchDeleteResultItem(d: Any) -> BatchDeleteResultItem:
    """Decode a JSON object into :class:`BatchDeleteResultItem`."""
    o = new_object(BatchDeleteResultItem)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteResultItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteResultItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BatchDeleteSessionsResponse: Table = (
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
    return encode_by_table(o, _U_BatchDeleteSessionsResponse)


def structure_BatchDeleteSessionsResponse(d: Any) -> BatchDeleteSessionsResponse:
    """Decode a JSON object into :class:`BatchDeleteSessionsResponse`."""
    v: Any
    o = new_object(BatchDeleteSessionsResponse)
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


_U_BatchDeleteJob: Table = (
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
    return encode_by_table(o, _U_BatchDeleteJob)


def structure_BatchDeleteJob(d: Any) -> BatchDeleteJob:
    """Decode a JSON object into :class:`BatchDeleteJob`."""
    v: Any
    o = new_object(BatchDeleteJob)
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


_U_NodeToResubmit: Table = (
    ("node_id", "node_id", None, True),
    ("feature", "feature", None, True),
)


def unstructure_NodeToResubmit(o: NodeToResubmit) -> dict[str, Any]:
    """Encode :class:`NodeToResubmit` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NodeToResubmit)


def structure_NodeToResubmit(d: Any) -> NodeToResubmit:
    """Decode a JSON object into :class:`NodeToResubmit`."""
    o = new_object(NodeToResubmit)
    vals = o.__dict__
    vals.update(d)
    if _K_NodeToResubmit.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NodeToResubmit
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_NodeToResubmit(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid NodeToResubmit."""
    check_model(d, at, _V_NodeToResubmit, _K_NodeToResubmit)


_U_UpdateStatusRequest: Table = (
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
    return encode_by_table(o, _U_UpdateStatusRequest)


def structure_UpdateStatusRequest(d: Any) -> UpdateStatusRequest:
    """Decode a JSON object into :class:`UpdateStatusRequest`."""
    v: Any
    o = new_object(UpdateStatusRequest)
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


def validate_UpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateStatusRequest."""
    check_model(d, at, _V_UpdateStatusRequest, _K_UpdateStatusRequest)


_U_SessionIdResponse: Table = (("session_id", "session_id", None, False),)


def unstructure_SessionIdResponse(o: SessionIdResponse) -> dict[str, Any]:
    """Encode :class:`SessionIdResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionIdResponse)


def structure_SessionIdResponse(d: Any) -> SessionIdResponse:
    """Decode a JSON object into :class:`SessionIdResponse`."""
    o = new_object(SessionIdResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionIdResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionIdResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ShareSessionRequest: Table = (
    ("for_application_id", "for_application_id", None, True),
    ("ttl_in_seconds", "ttl_in_seconds", None, False),
)


def unstructure_ShareSessionRequest(o: ShareSessionRequest) -> dict[str, Any]:
    """Encode :class:`ShareSessionRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ShareSessionRequest)


def structure_ShareSessionRequest(d: Any) -> ShareSessionRequest:
    """Decode a JSON object into :class:`ShareSessionRequest`."""
    o = new_object(ShareSessionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ShareSessionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ShareSessionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ShareSessionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ShareSessionRequest."""
    check_model(d, at, _V_ShareSessionRequest, _K_ShareSessionRequest)


_U_ShareSessionResponse: Table = (
    ("share_token", "share_token", None, True),
    ("expires_at", "expires_at", None, False),
    ("session_id", "session_id", None, False),
)


def unstructure_ShareSessionResponse(o: ShareSessionResponse) -> dict[str, Any]:
    """Encode :class:`ShareSessionResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ShareSessionResponse)


def structure_ShareSessionResponse(d: Any) -> ShareSessionResponse:
    """Decode a JSON object into :class:`ShareSessionResponse`."""
    o = new_object(ShareSessionResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_ShareSessionResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ShareSessionResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ImportSharedSessionRequest: Table = (
    ("share_token", "share_token", None, True),
    ("workflow_id", "workflow_id", None, True),
    ("vendor_data", "vendor_data", None, False),
    ("trust_review", "trust_review", None, False),
)


def unstructure_ImportSharedSessionRequest(o: ImportSharedSessionRequest) -> dict[str, Any]:
    """Encode :class:`ImportSharedSessionRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ImportSharedSessionRequest)


def structure_ImportSharedSessionRequest(d: Any) -> ImportSharedSessionRequest:
    """Decode a JSON object into :class:`ImportSharedSessionRequest`."""
    o = new_object(ImportSharedSessionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ImportSharedSessionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ImportSharedSessionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ImportSharedSessionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ImportSharedSessionRequest."""
    check_model(d, at, _V_ImportSharedSessionRequest, _K_ImportSharedSessionRequest)


_U_SessionEvent: Table = (
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
    return encode_by_table(o, _U_SessionEvent)


def structure_SessionEvent(d: Any) -> SessionEvent:
    """Decode a JSON object into :class:`SessionEvent`."""
    o = new_object(SessionEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionEventPage: Table = (
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
    return encode_by_table(o, _U_SessionEventPage)


def structure_SessionEventPage(d: Any) -> SessionEventPage:
    """Decode a JSON object into :class:`SessionEventPage`."""
    v: Any
    o = new_object(SessionEventPage)
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


_U_UpdateAmlHitStatusRequest: Table = (
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
    return encode_by_table(o, _U_UpdateAmlHitStatusRequest)


def structure_UpdateAmlHitStatusRequest(d: Any) -> UpdateAmlHitStatusRequest:
    """Decode a JSON object into :class:`UpdateAmlHitStatusRequest`."""
    v: Any
    o = new_object(UpdateAmlHitStatusRequest)
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


def validate_UpdateAmlHitStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateAmlHitStatusRequest."""
    check_model(d, at, _V_UpdateAmlHitStatusRequest, _K_UpdateAmlHitStatusRequest)


_U_UpdateAmlHitStatusResponse: Table = (
    ("message", "message", None, False),
    ("hit_id", "hit_id", None, False),
    ("review_status", "review_status", None, False),
)


def unstructure_UpdateAmlHitStatusResponse(o: UpdateAmlHitStatusResponse) -> dict[str, Any]:
    """Encode :class:`UpdateAmlHitStatusResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateAmlHitStatusResponse)


def structure_UpdateAmlHitStatusResponse(d: Any) -> UpdateAmlHitStatusResponse:
    """Decode a JSON object into :class:`UpdateAmlHitStatusResponse`."""
    o = new_object(UpdateAmlHitStatusResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateAmlHitStatusResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateAmlHitStatusResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UpdateFeatureStatusRequest: Table = (
    ("new_status", "new_status", None, True),
    ("comment", "comment", None, False),
)


def unstructure_UpdateFeatureStatusRequest(o: UpdateFeatureStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateFeatureStatusRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateFeatureStatusRequest)


def structure_UpdateFeatureStatusRequest(d: Any) -> UpdateFeatureStatusRequest:
    """Decode a JSON object into :class:`UpdateFeatureStatusRequest`."""
    o = new_object(UpdateFeatureStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateFeatureStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateFeatureStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_UpdateFeatureStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateFeatureStatusRequest."""
    check_model(d, at, _V_UpdateFeatureStatusRequest, _K_UpdateFeatureStatusRequest)


_U_UpdateFeatureStatusResponse: Table = (
    ("session_id", "session_id", None, False),
    ("node_id", "node_id", None, False),
    ("feature_type", "feature_type", None, False),
    ("new_status", "new_status", None, False),
)


def unstructure_UpdateFeatureStatusResponse(o: UpdateFeatureStatusResponse) -> dict[str, Any]:
    """Encode :class:`UpdateFeatureStatusResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateFeatureStatusResponse)


def structure_UpdateFeatureStatusResponse(d: Any) -> UpdateFeatureStatusResponse:
    """Decode a JSON object into :class:`UpdateFeatureStatusResponse`."""
    o = new_object(UpdateFeatureStatusResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateFeatureStatusResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateFeatureStatusResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UpdateSessionDataRequest: Table = (
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
    return encode_by_table(o, _U_UpdateSessionDataRequest)


def structure_UpdateSessionDataRequest(d: Any) -> UpdateSessionDataRequest:
    """Decode a JSON object into :class:`UpdateSessionDataRequest`."""
    o = new_object(UpdateSessionDataRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateSessionDataRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateSessionDataRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_UpdateSessionDataRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateSessionDataRequest."""
    check_model(d, at, _V_UpdateSessionDataRequest, _K_UpdateSessionDataRequest)


_U_UpdatePoaDataRequest: Table = (
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
    return encode_by_table(o, _U_UpdatePoaDataRequest)


def structure_UpdatePoaDataRequest(d: Any) -> UpdatePoaDataRequest:
    """Decode a JSON object into :class:`UpdatePoaDataRequest`."""
    o = new_object(UpdatePoaDataRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdatePoaDataRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdatePoaDataRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_UpdatePoaDataRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdatePoaDataRequest."""
    check_model(d, at, _V_UpdatePoaDataRequest, _K_UpdatePoaDataRequest)


_U_UpdateSessionDataResponse: Table = (
    ("session_id", "session_id", None, False),
    ("message", "message", None, False),
    ("node_id", "node_id", None, False),
)


def unstructure_UpdateSessionDataResponse(o: UpdateSessionDataResponse) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateSessionDataResponse)


def structure_UpdateSessionDataResponse(d: Any) -> UpdateSessionDataResponse:
    """Decode a JSON object into :class:`UpdateSessionDataResponse`."""
    o = new_object(UpdateSessionDataResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateSessionDataResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateSessionDataResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_ContactDetails = keys_of(_U_ContactDetails)
_K_ExpectedDetails = keys_of(_U_ExpectedDetails)
_K_NfcVerificationReport = keys_of(_U_NfcVerificationReport)
_K_DocumentAiDocument = keys_of(_U_DocumentAiDocument)
_K_IpAnalysisReport = keys_of(_U_IpAnalysisReport)
_K_QuestionnaireResponse = keys_of(_U_QuestionnaireResponse)
_K_SignatureReport = keys_of(_U_SignatureReport)
_K_BankVerificationReport = keys_of(_U_BankVerificationReport)
_K_KybRegistryCheck = keys_of(_U_KybRegistryCheck)
_K_KybDocumentVerification = keys_of(_U_KybDocumentVerification)
_K_KybKeyPeopleCheck = keys_of(_U_KybKeyPeopleCheck)
_K_SessionReview = keys_of(_U_SessionReview)
_K_SessionDecision = keys_of(_U_SessionDecision)
_K_CreateSessionRequest = keys_of(_U_CreateSessionRequest)
_K_CreateSessionResponse = keys_of(_U_CreateSessionResponse)
_K_ImportSharedSessionResponse = keys_of(_U_ImportSharedSessionResponse)
_K_SessionListFeature = keys_of(_U_SessionListFeature)
_K_SessionListPhone = keys_of(_U_SessionListPhone)
_K_SessionListEmail = keys_of(_U_SessionListEmail)
_K_SessionListAml = keys_of(_U_SessionListAml)
_K_SessionListLiveness = keys_of(_U_SessionListLiveness)
_K_SessionListFaceMatch = keys_of(_U_SessionListFaceMatch)
_K_SessionListAdditionalDetails = keys_of(_U_SessionListAdditionalDetails)
_K_SessionListItem = keys_of(_U_SessionListItem)
_K_SessionListPage = keys_of(_U_SessionListPage)
_K_BatchDeleteSessionsRequest = keys_of(_U_BatchDeleteSessionsRequest)
_K_BatchDeleteResultItem = keys_of(_U_BatchDeleteResultItem)
_K_BatchDeleteSessionsResponse = keys_of(_U_BatchDeleteSessionsResponse)
_K_BatchDeleteJob = keys_of(_U_BatchDeleteJob)
_K_NodeToResubmit = keys_of(_U_NodeToResubmit)
_K_UpdateStatusRequest = keys_of(_U_UpdateStatusRequest)
_K_SessionIdResponse = keys_of(_U_SessionIdResponse)
_K_ShareSessionRequest = keys_of(_U_ShareSessionRequest)
_K_ShareSessionResponse = keys_of(_U_ShareSessionResponse)
_K_ImportSharedSessionRequest = keys_of(_U_ImportSharedSessionRequest)
_K_SessionEvent = keys_of(_U_SessionEvent)
_K_SessionEventPage = keys_of(_U_SessionEventPage)
_K_UpdateAmlHitStatusRequest = keys_of(_U_UpdateAmlHitStatusRequest)
_K_UpdateAmlHitStatusResponse = keys_of(_U_UpdateAmlHitStatusResponse)
_K_UpdateFeatureStatusRequest = keys_of(_U_UpdateFeatureStatusRequest)
_K_UpdateFeatureStatusResponse = keys_of(_U_UpdateFeatureStatusResponse)
_K_UpdateSessionDataRequest = keys_of(_U_UpdateSessionDataRequest)
_K_UpdatePoaDataRequest = keys_of(_U_UpdatePoaDataRequest)
_K_UpdateSessionDataResponse = keys_of(_U_UpdateSessionDataResponse)

_V_ContactDetails: Any = (
    "ContactDetails",
    False,
    0,
    (
        ("email", False, True, ("str", None, None, None, (is_email, "email"), ())),
        ("send_notification_emails", False, False, ("bool",)),
        ("email_lang", False, False, ("str", None, None, None, None, ())),
        ("phone", False, True, ("str", None, None, None, None, ((_P0, "^\\+[1-9]\\d{1,14}$"),))),
    ),
    (),
)

_V_ExpectedDetails: Any = (
    "ExpectedDetails",
    False,
    0,
    (
        ("first_name", False, False, ("str", None, None, None, None, ())),
        ("last_name", False, False, ("str", None, None, None, None, ())),
        ("date_of_birth", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("gender", False, True, ("enum", _E_inline0, "M, F")),
        ("nationality", False, False, ("str", None, None, None, None, ((_P1, "^[A-Z]{3}$"),))),
        ("id_country", False, False, ("str", None, None, None, None, ((_P1, "^[A-Z]{3}$"),))),
        ("poa_country", False, False, ("str", None, None, None, None, ((_P1, "^[A-Z]{3}$"),))),
        ("country", False, False, ("str", None, None, None, None, ((_P1, "^[A-Z]{3}$"),))),
        ("address", False, False, ("str", None, None, None, None, ())),
        ("identification_number", False, False, ("str", None, None, None, None, ())),
        ("ip_address", False, False, ("str", None, None, None, None, ())),
        (
            "expected_document_types",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
    ),
    (),
)

_V_CreateSessionRequest: Any = (
    "CreateSessionRequest",
    False,
    0,
    (
        ("workflow_id", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("vendor_data", False, False, ("str", 1, None, None, None, ())),
        ("callback", False, False, ("str", None, None, None, (is_uri, "uri"), ())),
        (
            "callback_method",
            False,
            False,
            ("enum", _E_CallbackMethod, "initiator, completer, both"),
        ),
        (
            "metadata",
            False,
            False,
            (
                "union",
                ("object", "string"),
                (
                    ("object", ("obj",)),
                    ("string", ("str", None, None, None, None, ())),
                ),
            ),
        ),
        (
            "language",
            False,
            False,
            (
                "enum",
                _E_Language,
                "en, ar, bg, bn, ca, cnr, cs, da, de, el, es, et, fa, fi, fr, he, hi, hr, hu, hy, id, it, ja, ka, ko, lt, lv, mk, ms, nl, no, pl, pt-BR, pt, ro, ru, sk, sl, so, sr, sv, th, tr, uk, uz, vi, zh-CN, zh-TW, zh",
            ),
        ),
        ("contact_details", False, False, ("model", validate_ContactDetails)),
        ("expected_details", False, False, ("model", validate_ExpectedDetails)),
        ("portrait_image", False, False, ("str", None, 1398104, None, None, ())),
        ("sandbox_scenario", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_BatchDeleteSessionsRequest: Any = (
    "BatchDeleteSessionsRequest",
    False,
    1,
    (
        (
            "session_numbers",
            False,
            False,
            (
                "list",
                1,
                None,
                (
                    "union",
                    ("integer", "string"),
                    (
                        ("integer", ("int", None, None)),
                        ("string", ("str", None, None, None, None, ())),
                    ),
                ),
                False,
            ),
        ),
        ("delete_all", False, False, ("bool",)),
    ),
    ((("delete_all",), (("delete_all", False),), ("session_numbers",), "delete_all is false"),),
)

_V_NodeToResubmit: Any = (
    "NodeToResubmit",
    False,
    0,
    (
        ("node_id", True, False, ("str", 1, None, None, None, ())),
        ("feature", True, False, ("str", 1, None, None, None, ())),
    ),
    (),
)

_V_UpdateStatusRequest: Any = (
    "UpdateStatusRequest",
    False,
    0,
    (
        ("new_status", True, False, ("enum", _E_inline1, "Approved, Declined, Resubmitted")),
        ("comment", False, False, ("str", None, None, None, None, ())),
        (
            "nodes_to_resubmit",
            False,
            False,
            ("list", None, None, ("model", validate_NodeToResubmit), False),
        ),
        ("send_email", False, False, ("bool",)),
        ("email_address", False, False, ("str", None, None, None, (is_email, "email"), ())),
        (
            "email_language",
            False,
            False,
            (
                "enum",
                _E_Language,
                "en, ar, bg, bn, ca, cnr, cs, da, de, el, es, et, fa, fi, fr, he, hi, hr, hu, hy, id, it, ja, ka, ko, lt, lv, mk, ms, nl, no, pl, pt-BR, pt, ro, ru, sk, sl, so, sr, sv, th, tr, uk, uz, vi, zh-CN, zh-TW, zh",
            ),
        ),
    ),
    (
        (("send_email",), (("send_email", True),), ("email_address",), "send_email is true"),
        (
            ("new_status",),
            (("new_status", "Resubmitted"),),
            ("nodes_to_resubmit",),
            'new_status is "Resubmitted"',
        ),
    ),
)

_V_ShareSessionRequest: Any = (
    "ShareSessionRequest",
    False,
    0,
    (
        ("for_application_id", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("ttl_in_seconds", False, False, ("int", 60, 86400)),
    ),
    (),
)

_V_ImportSharedSessionRequest: Any = (
    "ImportSharedSessionRequest",
    False,
    0,
    (
        ("share_token", True, False, ("str", 1, None, None, None, ())),
        ("workflow_id", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("vendor_data", False, False, ("str", 1, None, None, None, ())),
        ("trust_review", False, False, ("bool",)),
    ),
    (),
)

_V_UpdateAmlHitStatusRequest: Any = (
    "UpdateAmlHitStatusRequest",
    False,
    0,
    (
        ("hit_id", True, False, ("str", 1, None, None, None, ())),
        (
            "review_status",
            True,
            False,
            (
                "enum",
                _E_AmlHitReviewStatus,
                "Unreviewed, Confirmed Match, False Positive, Inconclusive",
            ),
        ),
    ),
    (),
)

_V_UpdateFeatureStatusRequest: Any = (
    "UpdateFeatureStatusRequest",
    False,
    0,
    (
        ("new_status", True, False, ("enum", _E_inline2, "Approved, Declined, In Review")),
        ("comment", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_UpdateSessionDataRequest: Any = (
    "UpdateSessionDataRequest",
    False,
    0,
    (
        ("node_id", False, False, ("str", None, None, None, None, ())),
        ("first_name", False, False, ("str", None, None, None, None, ())),
        ("last_name", False, False, ("str", None, None, None, None, ())),
        ("full_name", False, False, ("str", None, None, None, None, ())),
        ("date_of_birth", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("gender", False, False, ("str", None, None, None, None, ())),
        ("nationality", False, False, ("str", None, None, None, None, ())),
        ("document_type", False, False, ("str", None, None, None, None, ())),
        ("document_number", False, False, ("str", None, None, None, None, ())),
        ("personal_number", False, False, ("str", None, None, None, None, ())),
        ("issuing_state", False, False, ("str", None, None, None, None, ())),
        ("expiration_date", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("date_of_issue", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("address", False, False, ("str", None, None, None, None, ())),
        ("place_of_birth", False, False, ("str", None, None, None, None, ())),
        ("document_subtype", False, False, ("str", None, None, None, None, ())),
        ("extra_fields", False, False, ("obj",)),
        (
            "marital_status",
            False,
            False,
            ("enum", _E_inline3, "SINGLE, MARRIED, DIVORCED, WIDOWED, UNKNOWN"),
        ),
        ("parsed_address", False, False, ("obj",)),
    ),
    (),
)

_V_UpdatePoaDataRequest: Any = (
    "UpdatePoaDataRequest",
    False,
    0,
    (
        ("node_id", False, False, ("str", None, None, None, None, ())),
        ("poa_address", False, False, ("str", None, None, None, None, ())),
        ("issuer", False, False, ("str", None, None, None, None, ())),
        ("issue_date", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("document_type", False, False, ("str", None, None, None, None, ())),
        ("name_on_document", False, False, ("str", None, None, None, None, ())),
        ("document_language", False, False, ("str", None, None, None, None, ())),
        ("extra_fields", False, False, ("obj",)),
        ("issuing_state", False, False, ("str", None, None, None, None, ((_P1, "^[A-Z]{3}$"),))),
        ("poa_parsed_address", False, False, ("obj",)),
    ),
    (),
)

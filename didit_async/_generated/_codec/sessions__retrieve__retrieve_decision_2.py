# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__retrieve__retrieve_decision_2' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import Environment, FeatureStatus, SessionKind, SessionStatus
from ..models.sessions import SessionReview
from ..models.sessions__create__retrieve__retrieve_decision import ContactDetails, ExpectedDetails
from ..models.sessions__retrieve__retrieve_decision import (
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
from ..models.sessions__retrieve__retrieve_decision_2 import (
    KybKeyPeopleCheck,
    KybKeyPeopleCheckRegistry,
    KybKeyPeopleCheckSubmitted,
    KybKeyPeopleCheckSubmittedParty,
    KybKeyPeopleCheckSubmittedPartyRole,
    KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature,
    KybKeyPeopleCheckUboKycSummary,
    SessionDecision,
)
from ..models.shared import Warning
from ..models.shared__aml_sessions import AmlReport
from ..models.shared__database_validation_sessions import DatabaseValidationReport
from ..models.shared__email_sessions import EmailReport
from ..models.shared__face_match_sessions import FaceMatchReport
from ..models.shared__face_search_sessions import FaceSearchReport
from ..models.shared__id_verification_sessions import IdVerificationReport
from ..models.shared__passive_liveness_sessions import LivenessReport
from ..models.shared__phone_sessions import PhoneReport
from ..models.shared__poa_sessions import PoaReport
from . import (
    Table,
    _M_Environment,
    _M_FeatureStatus,
    _M_SessionKind,
    _M_SessionStatus,
    encode_by_table,
    keys_of,
    new_object,
)
from .sessions import structure_SessionReview, unstructure_SessionReview
from .sessions__create__retrieve__retrieve_decision import (
    structure_ContactDetails,
    structure_ExpectedDetails,
    unstructure_ContactDetails,
    unstructure_ExpectedDetails,
)
from .sessions__retrieve__retrieve_decision import (
    structure_BankVerificationReport,
    structure_DocumentAiDocument,
    structure_IpAnalysisReport,
    structure_KybDocumentVerification,
    structure_KybKeyPeopleCheckRegistryBeneficialOwner,
    structure_KybKeyPeopleCheckRegistryOfficer,
    structure_KybRegistryCheck,
    structure_NfcVerificationReport,
    structure_QuestionnaireResponse,
    structure_SignatureReport,
    unstructure_BankVerificationReport,
    unstructure_DocumentAiDocument,
    unstructure_IpAnalysisReport,
    unstructure_KybDocumentVerification,
    unstructure_KybKeyPeopleCheckRegistryBeneficialOwner,
    unstructure_KybKeyPeopleCheckRegistryOfficer,
    unstructure_KybRegistryCheck,
    unstructure_NfcVerificationReport,
    unstructure_QuestionnaireResponse,
    unstructure_SignatureReport,
)
from .shared import structure_Warning, unstructure_Warning
from .shared__aml_sessions import structure_AmlReport, unstructure_AmlReport
from .shared__database_validation_sessions import (
    structure_DatabaseValidationReport,
    unstructure_DatabaseValidationReport,
)
from .shared__email_sessions import structure_EmailReport, unstructure_EmailReport
from .shared__face_match_sessions import structure_FaceMatchReport, unstructure_FaceMatchReport
from .shared__face_search_sessions import structure_FaceSearchReport, unstructure_FaceSearchReport
from .shared__id_verification_sessions import (
    structure_IdVerificationReport,
    unstructure_IdVerificationReport,
)
from .shared__passive_liveness_sessions import structure_LivenessReport, unstructure_LivenessReport
from .shared__phone_sessions import structure_PhoneReport, unstructure_PhoneReport
from .shared__poa_sessions import structure_PoaReport, unstructure_PoaReport

_U_KybKeyPeopleCheckRegistry: Table = (
    (
        "officers",
        "officers",
        lambda v: (
            [
                unstructure_KybKeyPeopleCheckRegistryOfficer(x)
                if isinstance(x, KybKeyPeopleCheckRegistryOfficer)
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
                unstructure_KybKeyPeopleCheckRegistryBeneficialOwner(x)
                if isinstance(x, KybKeyPeopleCheckRegistryBeneficialOwner)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_KybKeyPeopleCheckRegistry(o: KybKeyPeopleCheckRegistry) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckRegistry` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybKeyPeopleCheckRegistry)


def structure_KybKeyPeopleCheckRegistry(d: Any) -> KybKeyPeopleCheckRegistry:
    """Decode a JSON object into :class:`KybKeyPeopleCheckRegistry`."""
    v: Any
    o = new_object(KybKeyPeopleCheckRegistry)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckRegistry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckRegistry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "officers" in vals:
        v = vals["officers"]
        if v and v.__class__ is list:
            vals["officers"] = [
                structure_KybKeyPeopleCheckRegistryOfficer(x) if x.__class__ is dict else x
                for x in v
            ]
    if "beneficial_owners" in vals:
        v = vals["beneficial_owners"]
        if v and v.__class__ is list:
            vals["beneficial_owners"] = [
                structure_KybKeyPeopleCheckRegistryBeneficialOwner(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


_U_KybKeyPeopleCheckSubmittedPartyRole: Table = (
    ("role", "role", None, False),
    ("ownership_percent", "ownership_percent", None, False),
    ("voting_percent", "voting_percent", None, False),
)


def unstructure_KybKeyPeopleCheckSubmittedPartyRole(
    o: KybKeyPeopleCheckSubmittedPartyRole,
) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckSubmittedPartyRole` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybKeyPeopleCheckSubmittedPartyRole)


def structure_KybKeyPeopleCheckSubmittedPartyRole(d: Any) -> KybKeyPeopleCheckSubmittedPartyRole:
    """Decode a JSON object into :class:`KybKeyPeopleCheckSubmittedPartyRole`."""
    o = new_object(KybKeyPeopleCheckSubmittedPartyRole)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckSubmittedPartyRole.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckSubmittedPartyRole
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature: Table = (
    ("feature", "feature", None, False),
    ("status", "status", None, False),
)


def unstructure_KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature(
    o: KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature,
) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature)


def structure_KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature(
    d: Any,
) -> KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature:
    """Decode a JSON object into :class:`KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature`."""
    o = new_object(KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybKeyPeopleCheckSubmittedParty: Table = (
    ("uuid", "uuid", None, False),
    ("entity_type", "entity_type", None, False),
    ("source", "source", None, False),
    ("name", "name", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("email", "email", None, False),
    ("nationality", "nationality", None, False),
    ("phone_number", "phone_number", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("position", "position", None, False),
    (
        "custom_fields",
        "custom_fields",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("is_active", "is_active", None, False),
    ("is_skipped", "is_skipped", None, False),
    ("requires_verification", "requires_verification", None, False),
    (
        "roles",
        "roles",
        lambda v: (
            [
                unstructure_KybKeyPeopleCheckSubmittedPartyRole(x)
                if isinstance(x, KybKeyPeopleCheckSubmittedPartyRole)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("kyc_session_id", "kyc_session_id", None, False),
    ("kyc_session_status", "kyc_session_status", None, False),
    ("kyc_session_url", "kyc_session_url", None, False),
    ("kyb_sub_session_id", "kyb_sub_session_id", None, False),
    ("kyb_sub_session_status", "kyb_sub_session_status", None, False),
    ("kyb_sub_session_url", "kyb_sub_session_url", None, False),
    ("verification_workflow_type", "verification_workflow_type", None, False),
    ("verification_workflow_id", "verification_workflow_id", None, False),
    ("verification_workflow_label", "verification_workflow_label", None, False),
    (
        "verification_workflow_features",
        "verification_workflow_features",
        lambda v: (
            [
                unstructure_KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature(x)
                if isinstance(x, KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("didit_internal_id", "didit_internal_id", None, False),
)


def unstructure_KybKeyPeopleCheckSubmittedParty(
    o: KybKeyPeopleCheckSubmittedParty,
) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckSubmittedParty` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybKeyPeopleCheckSubmittedParty)


def structure_KybKeyPeopleCheckSubmittedParty(d: Any) -> KybKeyPeopleCheckSubmittedParty:
    """Decode a JSON object into :class:`KybKeyPeopleCheckSubmittedParty`."""
    v: Any
    o = new_object(KybKeyPeopleCheckSubmittedParty)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckSubmittedParty.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckSubmittedParty
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "roles" in vals:
        v = vals["roles"]
        if v and v.__class__ is list:
            vals["roles"] = [
                structure_KybKeyPeopleCheckSubmittedPartyRole(x) if x.__class__ is dict else x
                for x in v
            ]
    if "verification_workflow_features" in vals:
        v = vals["verification_workflow_features"]
        if v and v.__class__ is list:
            vals["verification_workflow_features"] = [
                structure_KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature(x)
                if x.__class__ is dict
                else x
                for x in v
            ]
    return o


_U_KybKeyPeopleCheckSubmitted: Table = (
    (
        "parties",
        "parties",
        lambda v: (
            [
                unstructure_KybKeyPeopleCheckSubmittedParty(x)
                if isinstance(x, KybKeyPeopleCheckSubmittedParty)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_KybKeyPeopleCheckSubmitted(o: KybKeyPeopleCheckSubmitted) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckSubmitted` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybKeyPeopleCheckSubmitted)


def structure_KybKeyPeopleCheckSubmitted(d: Any) -> KybKeyPeopleCheckSubmitted:
    """Decode a JSON object into :class:`KybKeyPeopleCheckSubmitted`."""
    v: Any
    o = new_object(KybKeyPeopleCheckSubmitted)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckSubmitted.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckSubmitted
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "parties" in vals:
        v = vals["parties"]
        if v and v.__class__ is list:
            vals["parties"] = [
                structure_KybKeyPeopleCheckSubmittedParty(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


_U_KybKeyPeopleCheckUboKycSummary: Table = (
    ("total", "total", None, False),
    ("approved", "approved", None, False),
    ("flagged", "flagged", None, False),
    ("pending", "pending", None, False),
)


def unstructure_KybKeyPeopleCheckUboKycSummary(o: KybKeyPeopleCheckUboKycSummary) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckUboKycSummary` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybKeyPeopleCheckUboKycSummary)


def structure_KybKeyPeopleCheckUboKycSummary(d: Any) -> KybKeyPeopleCheckUboKycSummary:
    """Decode a JSON object into :class:`KybKeyPeopleCheckUboKycSummary`."""
    o = new_object(KybKeyPeopleCheckUboKycSummary)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckUboKycSummary.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckUboKycSummary
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
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
    (
        "registry",
        "registry",
        lambda v: (
            unstructure_KybKeyPeopleCheckRegistry(v)
            if isinstance(v, KybKeyPeopleCheckRegistry)
            else v
        ),
        False,
    ),
    (
        "submitted",
        "submitted",
        lambda v: (
            unstructure_KybKeyPeopleCheckSubmitted(v)
            if isinstance(v, KybKeyPeopleCheckSubmitted)
            else v
        ),
        False,
    ),
    (
        "ubo_kyc_summary",
        "ubo_kyc_summary",
        lambda v: (
            unstructure_KybKeyPeopleCheckUboKycSummary(v)
            if isinstance(v, KybKeyPeopleCheckUboKycSummary)
            else v
        ),
        False,
    ),
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
    if "registry" in vals:
        v = vals["registry"]
        if v.__class__ is dict:
            vals["registry"] = structure_KybKeyPeopleCheckRegistry(v)
    if "submitted" in vals:
        v = vals["submitted"]
        if v.__class__ is dict:
            vals["submitted"] = structure_KybKeyPeopleCheckSubmitted(v)
    if "ubo_kyc_summary" in vals:
        v = vals["ubo_kyc_summary"]
        if v.__class__ is dict:
            vals["ubo_kyc_summary"] = structure_KybKeyPeopleCheckUboKycSummary(v)
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
    ("nfc_skip_reason", "nfc_skip_reason", None, False),
    ("expires_at", "expires_at", None, False),
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


_K_KybKeyPeopleCheckRegistry = keys_of(_U_KybKeyPeopleCheckRegistry)
_K_KybKeyPeopleCheckSubmittedPartyRole = keys_of(_U_KybKeyPeopleCheckSubmittedPartyRole)
_K_KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature = keys_of(
    _U_KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature
)
_K_KybKeyPeopleCheckSubmittedParty = keys_of(_U_KybKeyPeopleCheckSubmittedParty)
_K_KybKeyPeopleCheckSubmitted = keys_of(_U_KybKeyPeopleCheckSubmitted)
_K_KybKeyPeopleCheckUboKycSummary = keys_of(_U_KybKeyPeopleCheckUboKycSummary)
_K_KybKeyPeopleCheck = keys_of(_U_KybKeyPeopleCheck)
_K_SessionDecision = keys_of(_U_SessionDecision)

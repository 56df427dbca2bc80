# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__retrieve__retrieve_decision' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import FeatureStatus
from .shared import Warning
from .shared__poa_sessions import PoaReportDetectedCode


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


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

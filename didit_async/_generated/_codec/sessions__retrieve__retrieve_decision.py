# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__retrieve__retrieve_decision' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import FeatureStatus
from ..models.sessions__retrieve__retrieve_decision import (
    BankVerificationReport,
    DocumentAiDocument,
    DocumentAiDocumentItem,
    DocumentAiDocumentItemField,
    IpAnalysisReport,
    IpAnalysisReportIdDocument,
    IpAnalysisReportIdDocumentLocation,
    IpAnalysisReportIp,
    IpAnalysisReportIpLocation,
    IpAnalysisReportMatch,
    IpAnalysisReportMatchDeviceInfo,
    IpAnalysisReportMatchLocationInfo,
    IpAnalysisReportPoaDocument,
    IpAnalysisReportPoaDocumentLocation,
    KybDocumentVerification,
    KybDocumentVerificationGroups,
    KybDocumentVerificationItem,
    KybDocumentVerificationItemDocumentMetadata,
    KybDocumentVerificationItemDocumentMetadataOverlayManipulation,
    KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion,
    KybKeyPeopleCheckRegistryBeneficialOwner,
    KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories,
    KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature,
    KybKeyPeopleCheckRegistryOfficer,
    KybKeyPeopleCheckRegistryOfficerKycAmlCategories,
    KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature,
    KybRegistryCheck,
    KybRegistryCheckCompany,
    KybRegistryCheckCompanyBeneficialOwner,
    KybRegistryCheckCompanyOfficer,
    NfcVerificationReport,
    NfcVerificationReportAuthenticity,
    NfcVerificationReportCertificateSummary,
    NfcVerificationReportChipData,
    QuestionnaireResponse,
    QuestionnaireResponseSection,
    QuestionnaireResponseSectionItem,
    QuestionnaireResponseSectionItemAnswer,
    QuestionnaireResponseSectionItemChoice,
    SignatureReport,
)
from ..models.shared import Warning
from ..models.shared__poa_sessions import PoaReportDetectedCode
from . import Table, _M_FeatureStatus, encode_by_table, keys_of, new_object
from .shared import structure_Warning, unstructure_Warning
from .shared__poa_sessions import structure_PoaReportDetectedCode, unstructure_PoaReportDetectedCode

_U_NfcVerificationReportChipData: Table = (
    ("document_type", "document_type", None, False),
    ("issuing_country", "issuing_country", None, False),
    ("document_number", "document_number", None, False),
    ("expiration_date", "expiration_date", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("birth_date", "birth_date", None, False),
    ("gender", "gender", None, False),
    ("nationality", "nationality", None, False),
    ("address", "address", None, False),
    ("place_of_birth", "place_of_birth", None, False),
)


def unstructure_NfcVerificationReportChipData(o: NfcVerificationReportChipData) -> dict[str, Any]:
    """Encode :class:`NfcVerificationReportChipData` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NfcVerificationReportChipData)


def structure_NfcVerificationReportChipData(d: Any) -> NfcVerificationReportChipData:
    """Decode a JSON object into :class:`NfcVerificationReportChipData`."""
    o = new_object(NfcVerificationReportChipData)
    vals = o.__dict__
    vals.update(d)
    if _K_NfcVerificationReportChipData.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NfcVerificationReportChipData
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NfcVerificationReportAuthenticity: Table = (
    ("sod_integrity", "sod_integrity", None, False),
    ("dg_integrity", "dg_integrity", None, False),
)


def unstructure_NfcVerificationReportAuthenticity(
    o: NfcVerificationReportAuthenticity,
) -> dict[str, Any]:
    """Encode :class:`NfcVerificationReportAuthenticity` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NfcVerificationReportAuthenticity)


def structure_NfcVerificationReportAuthenticity(d: Any) -> NfcVerificationReportAuthenticity:
    """Decode a JSON object into :class:`NfcVerificationReportAuthenticity`."""
    o = new_object(NfcVerificationReportAuthenticity)
    vals = o.__dict__
    vals.update(d)
    if _K_NfcVerificationReportAuthenticity.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NfcVerificationReportAuthenticity
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NfcVerificationReportCertificateSummary: Table = (
    ("issuer", "issuer", None, False),
    ("subject", "subject", None, False),
    ("serial_number", "serial_number", None, False),
    ("not_valid_after", "not_valid_after", None, False),
    ("not_valid_before", "not_valid_before", None, False),
)


def unstructure_NfcVerificationReportCertificateSummary(
    o: NfcVerificationReportCertificateSummary,
) -> dict[str, Any]:
    """Encode :class:`NfcVerificationReportCertificateSummary` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NfcVerificationReportCertificateSummary)


def structure_NfcVerificationReportCertificateSummary(
    d: Any,
) -> NfcVerificationReportCertificateSummary:
    """Decode a JSON object into :class:`NfcVerificationReportCertificateSummary`."""
    o = new_object(NfcVerificationReportCertificateSummary)
    vals = o.__dict__
    vals.update(d)
    if _K_NfcVerificationReportCertificateSummary.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NfcVerificationReportCertificateSummary
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


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
        lambda v: (
            unstructure_NfcVerificationReportChipData(v)
            if isinstance(v, NfcVerificationReportChipData)
            else v
        ),
        False,
    ),
    (
        "authenticity",
        "authenticity",
        lambda v: (
            unstructure_NfcVerificationReportAuthenticity(v)
            if isinstance(v, NfcVerificationReportAuthenticity)
            else v
        ),
        False,
    ),
    (
        "certificate_summary",
        "certificate_summary",
        lambda v: (
            unstructure_NfcVerificationReportCertificateSummary(v)
            if isinstance(v, NfcVerificationReportCertificateSummary)
            else v
        ),
        False,
    ),
    ("is_nfc_skipped", "is_nfc_skipped", None, False),
    ("skip_reason", "skip_reason", None, False),
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
    if "chip_data" in vals:
        v = vals["chip_data"]
        if v.__class__ is dict:
            vals["chip_data"] = structure_NfcVerificationReportChipData(v)
    if "authenticity" in vals:
        v = vals["authenticity"]
        if v.__class__ is dict:
            vals["authenticity"] = structure_NfcVerificationReportAuthenticity(v)
    if "certificate_summary" in vals:
        v = vals["certificate_summary"]
        if v.__class__ is dict:
            vals["certificate_summary"] = structure_NfcVerificationReportCertificateSummary(v)
    return o


_U_DocumentAiDocumentItemField: Table = (
    ("key", "key", None, False),
    ("name", "name", None, False),
    ("instruction", "instruction", None, False),
    ("type", "type", None, False),
    ("required", "required", None, False),
)


def unstructure_DocumentAiDocumentItemField(o: DocumentAiDocumentItemField) -> dict[str, Any]:
    """Encode :class:`DocumentAiDocumentItemField` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DocumentAiDocumentItemField)


def structure_DocumentAiDocumentItemField(d: Any) -> DocumentAiDocumentItemField:
    """Decode a JSON object into :class:`DocumentAiDocumentItemField`."""
    o = new_object(DocumentAiDocumentItemField)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiDocumentItemField.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiDocumentItemField
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DocumentAiDocumentItem: Table = (
    ("uuid", "uuid", None, False),
    ("node_id", "node_id", None, False),
    ("document_key", "document_key", None, False),
    ("original_filename", "original_filename", None, False),
    ("file_size", "file_size", None, False),
    ("file_url", "file_url", None, False),
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
                unstructure_PoaReportDetectedCode(x) if isinstance(x, PoaReportDetectedCode) else x
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
                unstructure_DocumentAiDocumentItemField(x)
                if isinstance(x, DocumentAiDocumentItemField)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "document_metadata",
        "document_metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "cross_check_result",
        "cross_check_result",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_DocumentAiDocumentItem(o: DocumentAiDocumentItem) -> dict[str, Any]:
    """Encode :class:`DocumentAiDocumentItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DocumentAiDocumentItem)


def structure_DocumentAiDocumentItem(d: Any) -> DocumentAiDocumentItem:
    """Decode a JSON object into :class:`DocumentAiDocumentItem`."""
    v: Any
    o = new_object(DocumentAiDocumentItem)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiDocumentItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiDocumentItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "detected_codes" in vals:
        v = vals["detected_codes"]
        if v and v.__class__ is list:
            vals["detected_codes"] = [
                structure_PoaReportDetectedCode(x) if x.__class__ is dict else x for x in v
            ]
    if "fields" in vals:
        v = vals["fields"]
        if v and v.__class__ is list:
            vals["fields"] = [
                structure_DocumentAiDocumentItemField(x) if x.__class__ is dict else x for x in v
            ]
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
    (
        "items",
        "items",
        lambda v: (
            [
                unstructure_DocumentAiDocumentItem(x)
                if isinstance(x, DocumentAiDocumentItem)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
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
    if "items" in vals:
        v = vals["items"]
        if v and v.__class__ is list:
            vals["items"] = [
                structure_DocumentAiDocumentItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_IpAnalysisReportIpLocation: Table = (
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
)


def unstructure_IpAnalysisReportIpLocation(o: IpAnalysisReportIpLocation) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReportIpLocation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpAnalysisReportIpLocation)


def structure_IpAnalysisReportIpLocation(d: Any) -> IpAnalysisReportIpLocation:
    """Decode a JSON object into :class:`IpAnalysisReportIpLocation`."""
    o = new_object(IpAnalysisReportIpLocation)
    vals = o.__dict__
    vals.update(d)
    if _K_IpAnalysisReportIpLocation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpAnalysisReportIpLocation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IpAnalysisReportIp: Table = (
    (
        "location",
        "location",
        lambda v: (
            unstructure_IpAnalysisReportIpLocation(v)
            if isinstance(v, IpAnalysisReportIpLocation)
            else v
        ),
        False,
    ),
    ("distance_from_id_document", "distance_from_id_document", None, False),
    ("distance_from_poa_document", "distance_from_poa_document", None, False),
)


def unstructure_IpAnalysisReportIp(o: IpAnalysisReportIp) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReportIp` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpAnalysisReportIp)


def structure_IpAnalysisReportIp(d: Any) -> IpAnalysisReportIp:
    """Decode a JSON object into :class:`IpAnalysisReportIp`."""
    v: Any
    o = new_object(IpAnalysisReportIp)
    vals = o.__dict__
    vals.update(d)
    if _K_IpAnalysisReportIp.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpAnalysisReportIp
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "location" in vals:
        v = vals["location"]
        if v.__class__ is dict:
            vals["location"] = structure_IpAnalysisReportIpLocation(v)
    return o


_U_IpAnalysisReportIdDocumentLocation: Table = (
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
)


def unstructure_IpAnalysisReportIdDocumentLocation(
    o: IpAnalysisReportIdDocumentLocation,
) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReportIdDocumentLocation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpAnalysisReportIdDocumentLocation)


def structure_IpAnalysisReportIdDocumentLocation(d: Any) -> IpAnalysisReportIdDocumentLocation:
    """Decode a JSON object into :class:`IpAnalysisReportIdDocumentLocation`."""
    o = new_object(IpAnalysisReportIdDocumentLocation)
    vals = o.__dict__
    vals.update(d)
    if _K_IpAnalysisReportIdDocumentLocation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpAnalysisReportIdDocumentLocation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IpAnalysisReportIdDocument: Table = (
    (
        "location",
        "location",
        lambda v: (
            unstructure_IpAnalysisReportIdDocumentLocation(v)
            if isinstance(v, IpAnalysisReportIdDocumentLocation)
            else v
        ),
        False,
    ),
    ("distance_from_ip", "distance_from_ip", None, False),
    ("distance_from_poa_document", "distance_from_poa_document", None, False),
)


def unstructure_IpAnalysisReportIdDocument(o: IpAnalysisReportIdDocument) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReportIdDocument` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpAnalysisReportIdDocument)


def structure_IpAnalysisReportIdDocument(d: Any) -> IpAnalysisReportIdDocument:
    """Decode a JSON object into :class:`IpAnalysisReportIdDocument`."""
    v: Any
    o = new_object(IpAnalysisReportIdDocument)
    vals = o.__dict__
    vals.update(d)
    if _K_IpAnalysisReportIdDocument.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpAnalysisReportIdDocument
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "location" in vals:
        v = vals["location"]
        if v.__class__ is dict:
            vals["location"] = structure_IpAnalysisReportIdDocumentLocation(v)
    return o


_U_IpAnalysisReportPoaDocumentLocation: Table = (
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
)


def unstructure_IpAnalysisReportPoaDocumentLocation(
    o: IpAnalysisReportPoaDocumentLocation,
) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReportPoaDocumentLocation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpAnalysisReportPoaDocumentLocation)


def structure_IpAnalysisReportPoaDocumentLocation(d: Any) -> IpAnalysisReportPoaDocumentLocation:
    """Decode a JSON object into :class:`IpAnalysisReportPoaDocumentLocation`."""
    o = new_object(IpAnalysisReportPoaDocumentLocation)
    vals = o.__dict__
    vals.update(d)
    if _K_IpAnalysisReportPoaDocumentLocation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpAnalysisReportPoaDocumentLocation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IpAnalysisReportPoaDocument: Table = (
    (
        "location",
        "location",
        lambda v: (
            unstructure_IpAnalysisReportPoaDocumentLocation(v)
            if isinstance(v, IpAnalysisReportPoaDocumentLocation)
            else v
        ),
        False,
    ),
    ("distance_from_ip", "distance_from_ip", None, False),
    ("distance_from_id_document", "distance_from_id_document", None, False),
)


def unstructure_IpAnalysisReportPoaDocument(o: IpAnalysisReportPoaDocument) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReportPoaDocument` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpAnalysisReportPoaDocument)


def structure_IpAnalysisReportPoaDocument(d: Any) -> IpAnalysisReportPoaDocument:
    """Decode a JSON object into :class:`IpAnalysisReportPoaDocument`."""
    v: Any
    o = new_object(IpAnalysisReportPoaDocument)
    vals = o.__dict__
    vals.update(d)
    if _K_IpAnalysisReportPoaDocument.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpAnalysisReportPoaDocument
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "location" in vals:
        v = vals["location"]
        if v.__class__ is dict:
            vals["location"] = structure_IpAnalysisReportPoaDocumentLocation(v)
    return o


_U_IpAnalysisReportMatchDeviceInfo: Table = (
    ("device_brand", "device_brand", None, False),
    ("device_model", "device_model", None, False),
    ("browser_family", "browser_family", None, False),
    ("os_family", "os_family", None, False),
    ("platform", "platform", None, False),
    ("device_fingerprint", "device_fingerprint", None, False),
)


def unstructure_IpAnalysisReportMatchDeviceInfo(
    o: IpAnalysisReportMatchDeviceInfo,
) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReportMatchDeviceInfo` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpAnalysisReportMatchDeviceInfo)


def structure_IpAnalysisReportMatchDeviceInfo(d: Any) -> IpAnalysisReportMatchDeviceInfo:
    """Decode a JSON object into :class:`IpAnalysisReportMatchDeviceInfo`."""
    o = new_object(IpAnalysisReportMatchDeviceInfo)
    vals = o.__dict__
    vals.update(d)
    if _K_IpAnalysisReportMatchDeviceInfo.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpAnalysisReportMatchDeviceInfo
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IpAnalysisReportMatchLocationInfo: Table = (
    ("ip_address", "ip_address", None, False),
    ("ip_country", "ip_country", None, False),
    ("ip_country_code", "ip_country_code", None, False),
    ("ip_state", "ip_state", None, False),
    ("ip_city", "ip_city", None, False),
    ("is_vpn_or_tor", "is_vpn_or_tor", None, False),
    ("is_data_center", "is_data_center", None, False),
)


def unstructure_IpAnalysisReportMatchLocationInfo(
    o: IpAnalysisReportMatchLocationInfo,
) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReportMatchLocationInfo` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpAnalysisReportMatchLocationInfo)


def structure_IpAnalysisReportMatchLocationInfo(d: Any) -> IpAnalysisReportMatchLocationInfo:
    """Decode a JSON object into :class:`IpAnalysisReportMatchLocationInfo`."""
    o = new_object(IpAnalysisReportMatchLocationInfo)
    vals = o.__dict__
    vals.update(d)
    if _K_IpAnalysisReportMatchLocationInfo.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpAnalysisReportMatchLocationInfo
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IpAnalysisReportMatch: Table = (
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("verification_date", "verification_date", None, False),
    ("match_type", "match_type", None, False),
    ("match_source", "match_source", None, False),
    ("matched_value", "matched_value", None, False),
    ("status", "status", None, False),
    ("is_blocklisted", "is_blocklisted", None, False),
    ("api_service", "api_service", None, False),
    ("source", "source", None, False),
    (
        "device_info",
        "device_info",
        lambda v: (
            unstructure_IpAnalysisReportMatchDeviceInfo(v)
            if isinstance(v, IpAnalysisReportMatchDeviceInfo)
            else v
        ),
        False,
    ),
    (
        "location_info",
        "location_info",
        lambda v: (
            unstructure_IpAnalysisReportMatchLocationInfo(v)
            if isinstance(v, IpAnalysisReportMatchLocationInfo)
            else v
        ),
        False,
    ),
    ("confidence", "confidence", None, False),
    ("match_mode", "match_mode", None, False),
    ("recovery_similarity", "recovery_similarity", None, False),
    ("tls_ja4_corroborated", "tls_ja4_corroborated", None, False),
    ("recovery_gate_reason", "recovery_gate_reason", None, False),
)


def unstructure_IpAnalysisReportMatch(o: IpAnalysisReportMatch) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReportMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpAnalysisReportMatch)


def structure_IpAnalysisReportMatch(d: Any) -> IpAnalysisReportMatch:
    """Decode a JSON object into :class:`IpAnalysisReportMatch`."""
    v: Any
    o = new_object(IpAnalysisReportMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_IpAnalysisReportMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpAnalysisReportMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "device_info" in vals:
        v = vals["device_info"]
        if v.__class__ is dict:
            vals["device_info"] = structure_IpAnalysisReportMatchDeviceInfo(v)
    if "location_info" in vals:
        v = vals["location_info"]
        if v.__class__ is dict:
            vals["location_info"] = structure_IpAnalysisReportMatchLocationInfo(v)
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
    ("device_fingerprint", "device_fingerprint", None, False),
    ("ip_state", "ip_state", None, False),
    ("organization", "organization", None, False),
    ("time_zone", "time_zone", None, False),
    ("time_zone_offset", "time_zone_offset", None, False),
    (
        "ip",
        "ip",
        lambda v: unstructure_IpAnalysisReportIp(v) if isinstance(v, IpAnalysisReportIp) else v,
        False,
    ),
    (
        "id_document",
        "id_document",
        lambda v: (
            unstructure_IpAnalysisReportIdDocument(v)
            if isinstance(v, IpAnalysisReportIdDocument)
            else v
        ),
        False,
    ),
    (
        "poa_document",
        "poa_document",
        lambda v: (
            unstructure_IpAnalysisReportPoaDocument(v)
            if isinstance(v, IpAnalysisReportPoaDocument)
            else v
        ),
        False,
    ),
    (
        "matches",
        "matches",
        lambda v: (
            [
                unstructure_IpAnalysisReportMatch(x) if isinstance(x, IpAnalysisReportMatch) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
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
    if "ip" in vals:
        v = vals["ip"]
        if v.__class__ is dict:
            vals["ip"] = structure_IpAnalysisReportIp(v)
    if "id_document" in vals:
        v = vals["id_document"]
        if v.__class__ is dict:
            vals["id_document"] = structure_IpAnalysisReportIdDocument(v)
    if "poa_document" in vals:
        v = vals["poa_document"]
        if v.__class__ is dict:
            vals["poa_document"] = structure_IpAnalysisReportPoaDocument(v)
    if "matches" in vals:
        v = vals["matches"]
        if v and v.__class__ is list:
            vals["matches"] = [
                structure_IpAnalysisReportMatch(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_QuestionnaireResponseSectionItemChoice: Table = (
    ("label", "label", None, False),
    ("value", "value", None, False),
    ("requires_text_input", "requires_text_input", None, False),
)


def unstructure_QuestionnaireResponseSectionItemChoice(
    o: QuestionnaireResponseSectionItemChoice,
) -> dict[str, Any]:
    """Encode :class:`QuestionnaireResponseSectionItemChoice` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireResponseSectionItemChoice)


def structure_QuestionnaireResponseSectionItemChoice(
    d: Any,
) -> QuestionnaireResponseSectionItemChoice:
    """Decode a JSON object into :class:`QuestionnaireResponseSectionItemChoice`."""
    o = new_object(QuestionnaireResponseSectionItemChoice)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireResponseSectionItemChoice.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireResponseSectionItemChoice
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_QuestionnaireResponseSectionItemAnswer: Table = (
    ("value", "value", None, False),
    ("text", "text", None, False),
    ("files", "files", None, False),
)


def unstructure_QuestionnaireResponseSectionItemAnswer(
    o: QuestionnaireResponseSectionItemAnswer,
) -> dict[str, Any]:
    """Encode :class:`QuestionnaireResponseSectionItemAnswer` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireResponseSectionItemAnswer)


def structure_QuestionnaireResponseSectionItemAnswer(
    d: Any,
) -> QuestionnaireResponseSectionItemAnswer:
    """Decode a JSON object into :class:`QuestionnaireResponseSectionItemAnswer`."""
    o = new_object(QuestionnaireResponseSectionItemAnswer)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireResponseSectionItemAnswer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireResponseSectionItemAnswer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_QuestionnaireResponseSectionItem: Table = (
    ("uuid", "uuid", None, False),
    ("value", "value", None, False),
    ("element_type", "element_type", None, False),
    ("is_required", "is_required", None, False),
    ("title", "title", None, False),
    ("description", "description", None, False),
    ("placeholder", "placeholder", None, False),
    (
        "choices",
        "choices",
        lambda v: (
            [
                unstructure_QuestionnaireResponseSectionItemChoice(x)
                if isinstance(x, QuestionnaireResponseSectionItemChoice)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("max_files", "max_files", None, False),
    (
        "answer",
        "answer",
        lambda v: (
            unstructure_QuestionnaireResponseSectionItemAnswer(v)
            if isinstance(v, QuestionnaireResponseSectionItemAnswer)
            else v
        ),
        False,
    ),
    (
        "required_if",
        "required_if",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "repeatable_config",
        "repeatable_config",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_QuestionnaireResponseSectionItem(
    o: QuestionnaireResponseSectionItem,
) -> dict[str, Any]:
    """Encode :class:`QuestionnaireResponseSectionItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireResponseSectionItem)


def structure_QuestionnaireResponseSectionItem(d: Any) -> QuestionnaireResponseSectionItem:
    """Decode a JSON object into :class:`QuestionnaireResponseSectionItem`."""
    v: Any
    o = new_object(QuestionnaireResponseSectionItem)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireResponseSectionItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireResponseSectionItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "choices" in vals:
        v = vals["choices"]
        if v and v.__class__ is list:
            vals["choices"] = [
                structure_QuestionnaireResponseSectionItemChoice(x) if x.__class__ is dict else x
                for x in v
            ]
    if "answer" in vals:
        v = vals["answer"]
        if v.__class__ is dict:
            vals["answer"] = structure_QuestionnaireResponseSectionItemAnswer(v)
    return o


_U_QuestionnaireResponseSection: Table = (
    ("title", "title", None, False),
    ("description", "description", None, False),
    (
        "items",
        "items",
        lambda v: (
            [
                unstructure_QuestionnaireResponseSectionItem(x)
                if isinstance(x, QuestionnaireResponseSectionItem)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_QuestionnaireResponseSection(o: QuestionnaireResponseSection) -> dict[str, Any]:
    """Encode :class:`QuestionnaireResponseSection` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireResponseSection)


def structure_QuestionnaireResponseSection(d: Any) -> QuestionnaireResponseSection:
    """Decode a JSON object into :class:`QuestionnaireResponseSection`."""
    v: Any
    o = new_object(QuestionnaireResponseSection)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireResponseSection.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireResponseSection
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "items" in vals:
        v = vals["items"]
        if v and v.__class__ is list:
            vals["items"] = [
                structure_QuestionnaireResponseSectionItem(x) if x.__class__ is dict else x
                for x in v
            ]
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
    (
        "sections",
        "sections",
        lambda v: (
            [
                unstructure_QuestionnaireResponseSection(x)
                if isinstance(x, QuestionnaireResponseSection)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("answers", "answers", None, False),
    ("description", "description", None, False),
    ("languages", "languages", None, False),
    ("default_language", "default_language", None, False),
    ("is_active", "is_active", None, False),
    ("is_simple_questionnaire", "is_simple_questionnaire", None, False),
    ("questionnaire_group_id", "questionnaire_group_id", None, False),
    ("version", "version", None, False),
    ("published_at", "published_at", None, False),
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
    if "sections" in vals:
        v = vals["sections"]
        if v and v.__class__ is list:
            vals["sections"] = [
                structure_QuestionnaireResponseSection(x) if x.__class__ is dict else x for x in v
            ]
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


_U_KybRegistryCheckCompanyOfficer: Table = (
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


def unstructure_KybRegistryCheckCompanyOfficer(o: KybRegistryCheckCompanyOfficer) -> dict[str, Any]:
    """Encode :class:`KybRegistryCheckCompanyOfficer` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybRegistryCheckCompanyOfficer)


def structure_KybRegistryCheckCompanyOfficer(d: Any) -> KybRegistryCheckCompanyOfficer:
    """Decode a JSON object into :class:`KybRegistryCheckCompanyOfficer`."""
    o = new_object(KybRegistryCheckCompanyOfficer)
    vals = o.__dict__
    vals.update(d)
    if _K_KybRegistryCheckCompanyOfficer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybRegistryCheckCompanyOfficer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybRegistryCheckCompanyBeneficialOwner: Table = (
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


def unstructure_KybRegistryCheckCompanyBeneficialOwner(
    o: KybRegistryCheckCompanyBeneficialOwner,
) -> dict[str, Any]:
    """Encode :class:`KybRegistryCheckCompanyBeneficialOwner` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybRegistryCheckCompanyBeneficialOwner)


def structure_KybRegistryCheckCompanyBeneficialOwner(
    d: Any,
) -> KybRegistryCheckCompanyBeneficialOwner:
    """Decode a JSON object into :class:`KybRegistryCheckCompanyBeneficialOwner`."""
    o = new_object(KybRegistryCheckCompanyBeneficialOwner)
    vals = o.__dict__
    vals.update(d)
    if _K_KybRegistryCheckCompanyBeneficialOwner.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybRegistryCheckCompanyBeneficialOwner
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybRegistryCheckCompany: Table = (
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
                unstructure_KybRegistryCheckCompanyOfficer(x)
                if isinstance(x, KybRegistryCheckCompanyOfficer)
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
                unstructure_KybRegistryCheckCompanyBeneficialOwner(x)
                if isinstance(x, KybRegistryCheckCompanyBeneficialOwner)
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


def unstructure_KybRegistryCheckCompany(o: KybRegistryCheckCompany) -> dict[str, Any]:
    """Encode :class:`KybRegistryCheckCompany` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybRegistryCheckCompany)


def structure_KybRegistryCheckCompany(d: Any) -> KybRegistryCheckCompany:
    """Decode a JSON object into :class:`KybRegistryCheckCompany`."""
    v: Any
    o = new_object(KybRegistryCheckCompany)
    vals = o.__dict__
    vals.update(d)
    if _K_KybRegistryCheckCompany.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybRegistryCheckCompany
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "officers" in vals:
        v = vals["officers"]
        if v and v.__class__ is list:
            vals["officers"] = [
                structure_KybRegistryCheckCompanyOfficer(x) if x.__class__ is dict else x for x in v
            ]
    if "beneficial_owners" in vals:
        v = vals["beneficial_owners"]
        if v and v.__class__ is list:
            vals["beneficial_owners"] = [
                structure_KybRegistryCheckCompanyBeneficialOwner(x) if x.__class__ is dict else x
                for x in v
            ]
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
    ("data_resolved", "data_resolved", None, False),
    (
        "company",
        "company",
        lambda v: (
            unstructure_KybRegistryCheckCompany(v) if isinstance(v, KybRegistryCheckCompany) else v
        ),
        False,
    ),
    (
        "ownership_structure",
        "ownership_structure",
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
    if "company" in vals:
        v = vals["company"]
        if v.__class__ is dict:
            vals["company"] = structure_KybRegistryCheckCompany(v)
    return o


_U_KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion: Table = (
    ("page", "page", None, False),
    ("x", "x", None, False),
    ("y", "y", None, False),
    ("width", "width", None, False),
    ("height", "height", None, False),
    ("page_width", "page_width", None, False),
    ("page_height", "page_height", None, False),
)


def unstructure_KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion(
    o: KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion,
) -> dict[str, Any]:
    """Encode :class:`KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion` as a JSON object (absent fields stay absent)."""
    return encode_by_table(
        o, _U_KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion
    )


def structure_KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion(
    d: Any,
) -> KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion:
    """Decode a JSON object into :class:`KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion`."""
    o = new_object(KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion)
    vals = o.__dict__
    vals.update(d)
    if _K_KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion.issuperset(
        d
    ):
        vals["additional_properties"] = {}
    else:
        ex = (
            d.keys()
            - _K_KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion
        )
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybDocumentVerificationItemDocumentMetadataOverlayManipulation: Table = (
    ("detected", "detected", None, False),
    ("analyzed", "analyzed", None, False),
    ("signals", "signals", None, False),
    (
        "manipulated_regions",
        "manipulated_regions",
        lambda v: (
            [
                unstructure_KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion(
                    x
                )
                if isinstance(
                    x,
                    KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion,
                )
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_KybDocumentVerificationItemDocumentMetadataOverlayManipulation(
    o: KybDocumentVerificationItemDocumentMetadataOverlayManipulation,
) -> dict[str, Any]:
    """Encode :class:`KybDocumentVerificationItemDocumentMetadataOverlayManipulation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybDocumentVerificationItemDocumentMetadataOverlayManipulation)


def structure_KybDocumentVerificationItemDocumentMetadataOverlayManipulation(
    d: Any,
) -> KybDocumentVerificationItemDocumentMetadataOverlayManipulation:
    """Decode a JSON object into :class:`KybDocumentVerificationItemDocumentMetadataOverlayManipulation`."""
    v: Any
    o = new_object(KybDocumentVerificationItemDocumentMetadataOverlayManipulation)
    vals = o.__dict__
    vals.update(d)
    if _K_KybDocumentVerificationItemDocumentMetadataOverlayManipulation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybDocumentVerificationItemDocumentMetadataOverlayManipulation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "manipulated_regions" in vals:
        v = vals["manipulated_regions"]
        if v and v.__class__ is list:
            vals["manipulated_regions"] = [
                structure_KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion(
                    x
                )
                if x.__class__ is dict
                else x
                for x in v
            ]
    return o


_U_KybDocumentVerificationItemDocumentMetadata: Table = (
    ("file_size", "file_size", None, False),
    ("content_type", "content_type", None, False),
    ("creation_date", "creation_date", None, False),
    ("modified_date", "modified_date", None, False),
    ("creator", "creator", None, False),
    ("producer", "producer", None, False),
    ("software", "software", None, False),
    ("encryption", "encryption", None, False),
    ("is_signed", "is_signed", None, False),
    ("is_tampered", "is_tampered", None, False),
    (
        "signature_info",
        "signature_info",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("exif_original_date", "exif_original_date", None, False),
    ("exif_digitized_date", "exif_digitized_date", None, False),
    ("processed_by_known_editor", "processed_by_known_editor", None, False),
    ("has_different_creation_mod_date", "has_different_creation_mod_date", None, False),
    (
        "overlay_manipulation",
        "overlay_manipulation",
        lambda v: (
            unstructure_KybDocumentVerificationItemDocumentMetadataOverlayManipulation(v)
            if isinstance(v, KybDocumentVerificationItemDocumentMetadataOverlayManipulation)
            else v
        ),
        False,
    ),
)


def unstructure_KybDocumentVerificationItemDocumentMetadata(
    o: KybDocumentVerificationItemDocumentMetadata,
) -> dict[str, Any]:
    """Encode :class:`KybDocumentVerificationItemDocumentMetadata` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybDocumentVerificationItemDocumentMetadata)


def structure_KybDocumentVerificationItemDocumentMetadata(
    d: Any,
) -> KybDocumentVerificationItemDocumentMetadata:
    """Decode a JSON object into :class:`KybDocumentVerificationItemDocumentMetadata`."""
    v: Any
    o = new_object(KybDocumentVerificationItemDocumentMetadata)
    vals = o.__dict__
    vals.update(d)
    if _K_KybDocumentVerificationItemDocumentMetadata.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybDocumentVerificationItemDocumentMetadata
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "overlay_manipulation" in vals:
        v = vals["overlay_manipulation"]
        if v.__class__ is dict:
            vals["overlay_manipulation"] = (
                structure_KybDocumentVerificationItemDocumentMetadataOverlayManipulation(v)
            )
    return o


_U_KybDocumentVerificationItem: Table = (
    ("uuid", "uuid", None, False),
    ("document_type", "document_type", None, False),
    ("document_subtype", "document_subtype", None, False),
    ("document_group", "document_group", None, False),
    ("file_url", "file_url", None, False),
    ("original_filename", "original_filename", None, False),
    ("file_size", "file_size", None, False),
    ("status", "status", None, False),
    ("created_at", "created_at", None, False),
    (
        "cross_check_result",
        "cross_check_result",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "document_metadata",
        "document_metadata",
        lambda v: (
            unstructure_KybDocumentVerificationItemDocumentMetadata(v)
            if isinstance(v, KybDocumentVerificationItemDocumentMetadata)
            else v
        ),
        False,
    ),
    ("description", "description", None, False),
    ("is_requested", "is_requested", None, False),
    (
        "ocr_data",
        "ocr_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("is_console_upload", "is_console_upload", None, False),
    ("is_confirmed", "is_confirmed", None, False),
)


def unstructure_KybDocumentVerificationItem(o: KybDocumentVerificationItem) -> dict[str, Any]:
    """Encode :class:`KybDocumentVerificationItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybDocumentVerificationItem)


def structure_KybDocumentVerificationItem(d: Any) -> KybDocumentVerificationItem:
    """Decode a JSON object into :class:`KybDocumentVerificationItem`."""
    v: Any
    o = new_object(KybDocumentVerificationItem)
    vals = o.__dict__
    vals.update(d)
    if _K_KybDocumentVerificationItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybDocumentVerificationItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "document_metadata" in vals:
        v = vals["document_metadata"]
        if v.__class__ is dict:
            vals["document_metadata"] = structure_KybDocumentVerificationItemDocumentMetadata(v)
    return o


_U_KybDocumentVerificationGroups: Table = (
    ("total", "total", None, False),
    ("approved", "approved", None, False),
    ("pending", "pending", None, False),
    ("declined", "declined", None, False),
    ("in_review", "in_review", None, False),
    ("other", "other", None, False),
    ("missing", "missing", None, False),
)


def unstructure_KybDocumentVerificationGroups(o: KybDocumentVerificationGroups) -> dict[str, Any]:
    """Encode :class:`KybDocumentVerificationGroups` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybDocumentVerificationGroups)


def structure_KybDocumentVerificationGroups(d: Any) -> KybDocumentVerificationGroups:
    """Decode a JSON object into :class:`KybDocumentVerificationGroups`."""
    o = new_object(KybDocumentVerificationGroups)
    vals = o.__dict__
    vals.update(d)
    if _K_KybDocumentVerificationGroups.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybDocumentVerificationGroups
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
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
    (
        "items",
        "items",
        lambda v: (
            [
                unstructure_KybDocumentVerificationItem(x)
                if isinstance(x, KybDocumentVerificationItem)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "groups",
        "groups",
        lambda v: (
            {
                k: unstructure_KybDocumentVerificationGroups(x)
                if isinstance(x, KybDocumentVerificationGroups)
                else x
                for k, x in v.items()
            }
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    ("required_groups", "required_groups", None, False),
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
    if "items" in vals:
        v = vals["items"]
        if v and v.__class__ is list:
            vals["items"] = [
                structure_KybDocumentVerificationItem(x) if x.__class__ is dict else x for x in v
            ]
    if "groups" in vals:
        v = vals["groups"]
        if v and v.__class__ is dict:
            vals["groups"] = {
                k: structure_KybDocumentVerificationGroups(x) if x.__class__ is dict else x
                for k, x in v.items()
            }
    return o


_U_KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature: Table = (
    ("feature", "feature", None, False),
    ("status", "status", None, False),
)


def unstructure_KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature(
    o: KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature,
) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature)


def structure_KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature(
    d: Any,
) -> KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature:
    """Decode a JSON object into :class:`KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature`."""
    o = new_object(KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybKeyPeopleCheckRegistryOfficerKycAmlCategories: Table = (
    ("sanctions", "sanctions", None, False),
    ("pep", "pep", None, False),
    ("adverse_media", "adverse_media", None, False),
    ("warnings", "warnings", None, False),
)


def unstructure_KybKeyPeopleCheckRegistryOfficerKycAmlCategories(
    o: KybKeyPeopleCheckRegistryOfficerKycAmlCategories,
) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckRegistryOfficerKycAmlCategories` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybKeyPeopleCheckRegistryOfficerKycAmlCategories)


def structure_KybKeyPeopleCheckRegistryOfficerKycAmlCategories(
    d: Any,
) -> KybKeyPeopleCheckRegistryOfficerKycAmlCategories:
    """Decode a JSON object into :class:`KybKeyPeopleCheckRegistryOfficerKycAmlCategories`."""
    o = new_object(KybKeyPeopleCheckRegistryOfficerKycAmlCategories)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckRegistryOfficerKycAmlCategories.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckRegistryOfficerKycAmlCategories
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybKeyPeopleCheckRegistryOfficer: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("designation", "designation", None, False),
    ("role", "role", None, False),
    ("nationality", "nationality", None, False),
    ("appointment_date", "appointment_date", None, False),
    ("termination_date", "termination_date", None, False),
    ("is_active", "is_active", None, False),
    ("address", "address", None, False),
    ("aml_status", "aml_status", None, False),
    ("kyc_status", "kyc_status", None, False),
    ("kyc_session_url", "kyc_session_url", None, False),
    ("kyc_session_id", "kyc_session_id", None, False),
    ("verification_workflow_type", "verification_workflow_type", None, False),
    ("verification_workflow_id", "verification_workflow_id", None, False),
    ("verification_workflow_label", "verification_workflow_label", None, False),
    (
        "verification_workflow_features",
        "verification_workflow_features",
        lambda v: (
            [
                unstructure_KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature(x)
                if isinstance(x, KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("didit_internal_id", "didit_internal_id", None, False),
    ("kyc_document_type", "kyc_document_type", None, False),
    ("kyc_nationality", "kyc_nationality", None, False),
    ("kyc_liveness_passed", "kyc_liveness_passed", None, False),
    ("kyc_verified_at", "kyc_verified_at", None, False),
    (
        "kyc_aml_categories",
        "kyc_aml_categories",
        lambda v: (
            unstructure_KybKeyPeopleCheckRegistryOfficerKycAmlCategories(v)
            if isinstance(v, KybKeyPeopleCheckRegistryOfficerKycAmlCategories)
            else v
        ),
        False,
    ),
    ("kyc_notification_sent_at", "kyc_notification_sent_at", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("date_of_birth_year", "date_of_birth_year", None, False),
    ("date_of_birth_month", "date_of_birth_month", None, False),
)


def unstructure_KybKeyPeopleCheckRegistryOfficer(
    o: KybKeyPeopleCheckRegistryOfficer,
) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckRegistryOfficer` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybKeyPeopleCheckRegistryOfficer)


def structure_KybKeyPeopleCheckRegistryOfficer(d: Any) -> KybKeyPeopleCheckRegistryOfficer:
    """Decode a JSON object into :class:`KybKeyPeopleCheckRegistryOfficer`."""
    v: Any
    o = new_object(KybKeyPeopleCheckRegistryOfficer)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckRegistryOfficer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckRegistryOfficer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "verification_workflow_features" in vals:
        v = vals["verification_workflow_features"]
        if v and v.__class__ is list:
            vals["verification_workflow_features"] = [
                structure_KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature(x)
                if x.__class__ is dict
                else x
                for x in v
            ]
    if "kyc_aml_categories" in vals:
        v = vals["kyc_aml_categories"]
        if v.__class__ is dict:
            vals["kyc_aml_categories"] = structure_KybKeyPeopleCheckRegistryOfficerKycAmlCategories(
                v
            )
    return o


_U_KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature: Table = (
    ("feature", "feature", None, False),
    ("status", "status", None, False),
)


def unstructure_KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature(
    o: KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature,
) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature` as a JSON object (absent fields stay absent)."""
    return encode_by_table(
        o, _U_KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature
    )


def structure_KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature(
    d: Any,
) -> KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature:
    """Decode a JSON object into :class:`KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature`."""
    o = new_object(KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories: Table = (
    ("sanctions", "sanctions", None, False),
    ("pep", "pep", None, False),
    ("adverse_media", "adverse_media", None, False),
    ("warnings", "warnings", None, False),
)


def unstructure_KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories(
    o: KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories,
) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories)


def structure_KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories(
    d: Any,
) -> KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories:
    """Decode a JSON object into :class:`KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories`."""
    o = new_object(KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybKeyPeopleCheckRegistryBeneficialOwner: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("country_of_birth", "country_of_birth", None, False),
    ("email", "email", None, False),
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("entity_type", "entity_type", None, False),
    ("nationality", "nationality", None, False),
    ("designation", "designation", None, False),
    ("roles", "roles", None, False),
    ("ownership_min_shares", "ownership_min_shares", None, False),
    ("ownership_max_shares", "ownership_max_shares", None, False),
    ("is_active", "is_active", None, False),
    ("aml_status", "aml_status", None, False),
    ("kyc_status", "kyc_status", None, False),
    ("kyc_session_url", "kyc_session_url", None, False),
    ("kyc_session_id", "kyc_session_id", None, False),
    ("verification_workflow_type", "verification_workflow_type", None, False),
    ("verification_workflow_id", "verification_workflow_id", None, False),
    ("verification_workflow_label", "verification_workflow_label", None, False),
    (
        "verification_workflow_features",
        "verification_workflow_features",
        lambda v: (
            [
                unstructure_KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature(x)
                if isinstance(
                    x, KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature
                )
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("didit_internal_id", "didit_internal_id", None, False),
    ("kyc_document_type", "kyc_document_type", None, False),
    ("kyc_nationality", "kyc_nationality", None, False),
    ("kyc_liveness_passed", "kyc_liveness_passed", None, False),
    ("kyc_verified_at", "kyc_verified_at", None, False),
    (
        "kyc_aml_categories",
        "kyc_aml_categories",
        lambda v: (
            unstructure_KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories(v)
            if isinstance(v, KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories)
            else v
        ),
        False,
    ),
    ("kyc_notification_sent_at", "kyc_notification_sent_at", None, False),
    (
        "child_beneficial_owners",
        "child_beneficial_owners",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("effective_ownership_percent", "effective_ownership_percent", None, False),
    ("voting_min_shares", "voting_min_shares", None, False),
    ("voting_max_shares", "voting_max_shares", None, False),
    ("appointment_date", "appointment_date", None, False),
)


def unstructure_KybKeyPeopleCheckRegistryBeneficialOwner(
    o: KybKeyPeopleCheckRegistryBeneficialOwner,
) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheckRegistryBeneficialOwner` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybKeyPeopleCheckRegistryBeneficialOwner)


def structure_KybKeyPeopleCheckRegistryBeneficialOwner(
    d: Any,
) -> KybKeyPeopleCheckRegistryBeneficialOwner:
    """Decode a JSON object into :class:`KybKeyPeopleCheckRegistryBeneficialOwner`."""
    v: Any
    o = new_object(KybKeyPeopleCheckRegistryBeneficialOwner)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheckRegistryBeneficialOwner.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheckRegistryBeneficialOwner
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "verification_workflow_features" in vals:
        v = vals["verification_workflow_features"]
        if v and v.__class__ is list:
            vals["verification_workflow_features"] = [
                structure_KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature(x)
                if x.__class__ is dict
                else x
                for x in v
            ]
    if "kyc_aml_categories" in vals:
        v = vals["kyc_aml_categories"]
        if v.__class__ is dict:
            vals["kyc_aml_categories"] = (
                structure_KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories(v)
            )
    return o


_K_NfcVerificationReportChipData = keys_of(_U_NfcVerificationReportChipData)
_K_NfcVerificationReportAuthenticity = keys_of(_U_NfcVerificationReportAuthenticity)
_K_NfcVerificationReportCertificateSummary = keys_of(_U_NfcVerificationReportCertificateSummary)
_K_NfcVerificationReport = keys_of(_U_NfcVerificationReport)
_K_DocumentAiDocumentItemField = keys_of(_U_DocumentAiDocumentItemField)
_K_DocumentAiDocumentItem = keys_of(_U_DocumentAiDocumentItem)
_K_DocumentAiDocument = keys_of(_U_DocumentAiDocument)
_K_IpAnalysisReportIpLocation = keys_of(_U_IpAnalysisReportIpLocation)
_K_IpAnalysisReportIp = keys_of(_U_IpAnalysisReportIp)
_K_IpAnalysisReportIdDocumentLocation = keys_of(_U_IpAnalysisReportIdDocumentLocation)
_K_IpAnalysisReportIdDocument = keys_of(_U_IpAnalysisReportIdDocument)
_K_IpAnalysisReportPoaDocumentLocation = keys_of(_U_IpAnalysisReportPoaDocumentLocation)
_K_IpAnalysisReportPoaDocument = keys_of(_U_IpAnalysisReportPoaDocument)
_K_IpAnalysisReportMatchDeviceInfo = keys_of(_U_IpAnalysisReportMatchDeviceInfo)
_K_IpAnalysisReportMatchLocationInfo = keys_of(_U_IpAnalysisReportMatchLocationInfo)
_K_IpAnalysisReportMatch = keys_of(_U_IpAnalysisReportMatch)
_K_IpAnalysisReport = keys_of(_U_IpAnalysisReport)
_K_QuestionnaireResponseSectionItemChoice = keys_of(_U_QuestionnaireResponseSectionItemChoice)
_K_QuestionnaireResponseSectionItemAnswer = keys_of(_U_QuestionnaireResponseSectionItemAnswer)
_K_QuestionnaireResponseSectionItem = keys_of(_U_QuestionnaireResponseSectionItem)
_K_QuestionnaireResponseSection = keys_of(_U_QuestionnaireResponseSection)
_K_QuestionnaireResponse = keys_of(_U_QuestionnaireResponse)
_K_SignatureReport = keys_of(_U_SignatureReport)
_K_BankVerificationReport = keys_of(_U_BankVerificationReport)
_K_KybRegistryCheckCompanyOfficer = keys_of(_U_KybRegistryCheckCompanyOfficer)
_K_KybRegistryCheckCompanyBeneficialOwner = keys_of(_U_KybRegistryCheckCompanyBeneficialOwner)
_K_KybRegistryCheckCompany = keys_of(_U_KybRegistryCheckCompany)
_K_KybRegistryCheck = keys_of(_U_KybRegistryCheck)
_K_KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion = keys_of(
    _U_KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion
)
_K_KybDocumentVerificationItemDocumentMetadataOverlayManipulation = keys_of(
    _U_KybDocumentVerificationItemDocumentMetadataOverlayManipulation
)
_K_KybDocumentVerificationItemDocumentMetadata = keys_of(
    _U_KybDocumentVerificationItemDocumentMetadata
)
_K_KybDocumentVerificationItem = keys_of(_U_KybDocumentVerificationItem)
_K_KybDocumentVerificationGroups = keys_of(_U_KybDocumentVerificationGroups)
_K_KybDocumentVerification = keys_of(_U_KybDocumentVerification)
_K_KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature = keys_of(
    _U_KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature
)
_K_KybKeyPeopleCheckRegistryOfficerKycAmlCategories = keys_of(
    _U_KybKeyPeopleCheckRegistryOfficerKycAmlCategories
)
_K_KybKeyPeopleCheckRegistryOfficer = keys_of(_U_KybKeyPeopleCheckRegistryOfficer)
_K_KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature = keys_of(
    _U_KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature
)
_K_KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories = keys_of(
    _U_KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories
)
_K_KybKeyPeopleCheckRegistryBeneficialOwner = keys_of(_U_KybKeyPeopleCheckRegistryBeneficialOwner)

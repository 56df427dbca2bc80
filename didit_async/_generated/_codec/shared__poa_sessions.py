# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__poa_sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import FeatureStatus
from ..models.shared import Warning
from ..models.shared__id_verification_poa_sessions import ParsedAddress
from ..models.shared__poa_sessions import (
    PoaReport,
    PoaReportDetectedCode,
    PoaReportDocumentMetadata,
    PoaReportDocumentMetadataOverlayManipulation,
    PoaReportDocumentMetadataOverlayManipulationManipulatedRegion,
    PoaReportExtraFields,
)
from . import Table, _M_FeatureStatus, encode_by_table, keys_of, new_object
from .shared import structure_Warning, unstructure_Warning
from .shared__id_verification_poa_sessions import structure_ParsedAddress, unstructure_ParsedAddress

_U_PoaReportDocumentMetadataOverlayManipulationManipulatedRegion: Table = (
    ("page", "page", None, False),
    ("x", "x", None, False),
    ("y", "y", None, False),
    ("width", "width", None, False),
    ("height", "height", None, False),
    ("page_width", "page_width", None, False),
    ("page_height", "page_height", None, False),
)


def unstructure_PoaReportDocumentMetadataOverlayManipulationManipulatedRegion(
    o: PoaReportDocumentMetadataOverlayManipulationManipulatedRegion,
) -> dict[str, Any]:
    """Encode :class:`PoaReportDocumentMetadataOverlayManipulationManipulatedRegion` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PoaReportDocumentMetadataOverlayManipulationManipulatedRegion)


def structure_PoaReportDocumentMetadataOverlayManipulationManipulatedRegion(
    d: Any,
) -> PoaReportDocumentMetadataOverlayManipulationManipulatedRegion:
    """Decode a JSON object into :class:`PoaReportDocumentMetadataOverlayManipulationManipulatedRegion`."""
    o = new_object(PoaReportDocumentMetadataOverlayManipulationManipulatedRegion)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaReportDocumentMetadataOverlayManipulationManipulatedRegion.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaReportDocumentMetadataOverlayManipulationManipulatedRegion
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PoaReportDocumentMetadataOverlayManipulation: Table = (
    ("detected", "detected", None, False),
    ("analyzed", "analyzed", None, False),
    ("signals", "signals", None, False),
    (
        "manipulated_regions",
        "manipulated_regions",
        lambda v: (
            [
                unstructure_PoaReportDocumentMetadataOverlayManipulationManipulatedRegion(x)
                if isinstance(x, PoaReportDocumentMetadataOverlayManipulationManipulatedRegion)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_PoaReportDocumentMetadataOverlayManipulation(
    o: PoaReportDocumentMetadataOverlayManipulation,
) -> dict[str, Any]:
    """Encode :class:`PoaReportDocumentMetadataOverlayManipulation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PoaReportDocumentMetadataOverlayManipulation)


def structure_PoaReportDocumentMetadataOverlayManipulation(
    d: Any,
) -> PoaReportDocumentMetadataOverlayManipulation:
    """Decode a JSON object into :class:`PoaReportDocumentMetadataOverlayManipulation`."""
    v: Any
    o = new_object(PoaReportDocumentMetadataOverlayManipulation)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaReportDocumentMetadataOverlayManipulation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaReportDocumentMetadataOverlayManipulation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "manipulated_regions" in vals:
        v = vals["manipulated_regions"]
        if v and v.__class__ is list:
            vals["manipulated_regions"] = [
                structure_PoaReportDocumentMetadataOverlayManipulationManipulatedRegion(x)
                if x.__class__ is dict
                else x
                for x in v
            ]
    return o


_U_PoaReportDocumentMetadata: Table = (
    ("file_size", "file_size", None, False),
    ("content_type", "content_type", None, False),
    ("creation_date", "creation_date", None, False),
    ("modified_date", "modified_date", None, False),
    (
        "overlay_manipulation",
        "overlay_manipulation",
        lambda v: (
            unstructure_PoaReportDocumentMetadataOverlayManipulation(v)
            if isinstance(v, PoaReportDocumentMetadataOverlayManipulation)
            else v
        ),
        False,
    ),
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
)


def unstructure_PoaReportDocumentMetadata(o: PoaReportDocumentMetadata) -> dict[str, Any]:
    """Encode :class:`PoaReportDocumentMetadata` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PoaReportDocumentMetadata)


def structure_PoaReportDocumentMetadata(d: Any) -> PoaReportDocumentMetadata:
    """Decode a JSON object into :class:`PoaReportDocumentMetadata`."""
    v: Any
    o = new_object(PoaReportDocumentMetadata)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaReportDocumentMetadata.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaReportDocumentMetadata
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "overlay_manipulation" in vals:
        v = vals["overlay_manipulation"]
        if v.__class__ is dict:
            vals["overlay_manipulation"] = structure_PoaReportDocumentMetadataOverlayManipulation(v)
    return o


_U_PoaReportExtraFields: Table = (
    ("bank_account_number", "bank_account_number", None, False),
    ("bank_iban", "bank_iban", None, False),
    ("bank_sort_code", "bank_sort_code", None, False),
    ("bank_routing_number", "bank_routing_number", None, False),
    ("bank_swift_bic", "bank_swift_bic", None, False),
    ("bank_branch_name", "bank_branch_name", None, False),
    ("bank_branch_address", "bank_branch_address", None, False),
    ("document_phone_number", "document_phone_number", None, False),
    ("additional_names", "additional_names", None, False),
)


def unstructure_PoaReportExtraFields(o: PoaReportExtraFields) -> dict[str, Any]:
    """Encode :class:`PoaReportExtraFields` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PoaReportExtraFields)


def structure_PoaReportExtraFields(d: Any) -> PoaReportExtraFields:
    """Decode a JSON object into :class:`PoaReportExtraFields`."""
    o = new_object(PoaReportExtraFields)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaReportExtraFields.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaReportExtraFields
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PoaReportDetectedCode: Table = (
    ("type", "type", None, False),
    ("page_number", "page_number", None, False),
    ("position", "position", None, False),
    ("x", "x", None, False),
    ("y", "y", None, False),
    ("width", "width", None, False),
    ("height", "height", None, False),
    ("page_width", "page_width", None, False),
    ("page_height", "page_height", None, False),
    ("raw_payload", "raw_payload", None, False),
    ("parsed_payload", "parsed_payload", None, False),
)


def unstructure_PoaReportDetectedCode(o: PoaReportDetectedCode) -> dict[str, Any]:
    """Encode :class:`PoaReportDetectedCode` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PoaReportDetectedCode)


def structure_PoaReportDetectedCode(d: Any) -> PoaReportDetectedCode:
    """Decode a JSON object into :class:`PoaReportDetectedCode`."""
    o = new_object(PoaReportDetectedCode)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaReportDetectedCode.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaReportDetectedCode
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PoaReport: Table = (
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
    ("issuing_state", "issuing_state", None, False),
    ("document_subtype", "document_subtype", None, False),
    (
        "document_metadata",
        "document_metadata",
        lambda v: (
            unstructure_PoaReportDocumentMetadata(v)
            if isinstance(v, PoaReportDocumentMetadata)
            else v
        ),
        False,
    ),
    ("expiration_date", "expiration_date", None, False),
    ("name_match_score_expected_details", "name_match_score_expected_details", None, False),
    ("name_match_score_id_verification", "name_match_score_id_verification", None, False),
    ("expected_details_address", "expected_details_address", None, False),
    ("expected_details_formatted_address", "expected_details_formatted_address", None, False),
    (
        "expected_details_parsed_address",
        "expected_details_parsed_address",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "extra_fields",
        "extra_fields",
        lambda v: unstructure_PoaReportExtraFields(v) if isinstance(v, PoaReportExtraFields) else v,
        False,
    ),
    ("extra_files", "extra_files", None, False),
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
)


def unstructure_PoaReport(o: PoaReport) -> dict[str, Any]:
    """Encode :class:`PoaReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PoaReport)


def structure_PoaReport(d: Any) -> PoaReport:
    """Decode a JSON object into :class:`PoaReport`."""
    v: Any
    o = new_object(PoaReport)
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
    if "document_metadata" in vals:
        v = vals["document_metadata"]
        if v.__class__ is dict:
            vals["document_metadata"] = structure_PoaReportDocumentMetadata(v)
    if "extra_fields" in vals:
        v = vals["extra_fields"]
        if v.__class__ is dict:
            vals["extra_fields"] = structure_PoaReportExtraFields(v)
    if "detected_codes" in vals:
        v = vals["detected_codes"]
        if v and v.__class__ is list:
            vals["detected_codes"] = [
                structure_PoaReportDetectedCode(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_PoaReportDocumentMetadataOverlayManipulationManipulatedRegion = keys_of(
    _U_PoaReportDocumentMetadataOverlayManipulationManipulatedRegion
)
_K_PoaReportDocumentMetadataOverlayManipulation = keys_of(
    _U_PoaReportDocumentMetadataOverlayManipulation
)
_K_PoaReportDocumentMetadata = keys_of(_U_PoaReportDocumentMetadata)
_K_PoaReportExtraFields = keys_of(_U_PoaReportExtraFields)
_K_PoaReportDetectedCode = keys_of(_U_PoaReportDetectedCode)
_K_PoaReport = keys_of(_U_PoaReport)

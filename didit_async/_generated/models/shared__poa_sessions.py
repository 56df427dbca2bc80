# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__poa_sessions' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import FeatureStatus
from .shared import Warning
from .shared__id_verification_poa_sessions import ParsedAddress


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


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

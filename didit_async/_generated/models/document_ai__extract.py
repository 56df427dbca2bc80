# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'document_ai__extract' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from didit_async._seam import FileInput


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiRequest:
    """DocumentAiRequest"""

    document: FileInput
    fields: str
    expected_first_name: str | None = attrs.field(default=None)
    expected_last_name: str | None = attrs.field(default=None)
    expected_company_name: str | None = attrs.field(default=None)
    expected_company_country: str | None = attrs.field(default=None)
    document_ai_name_match_score_threshold: int | None = attrs.field(default=None)
    document_ai_unreadable_document_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = (
        attrs.field(default=None)
    )
    document_ai_missing_required_fields_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = (
        attrs.field(default=None)
    )
    document_ai_document_tampering_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = (
        attrs.field(default=None)
    )
    document_ai_name_mismatch_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = (
        attrs.field(default=None)
    )
    document_ai_unsupported_file_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = (
        attrs.field(default=None)
    )
    save_api_request: bool | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiDetectedCode:
    """DocumentAiDetectedCode"""

    type: str
    page_number: int
    position: list[list[int]] | None
    x: int | None
    y: int | None
    width: int | None
    height: int | None
    page_width: int
    page_height: int
    raw_payload: str
    parsed_payload: Any
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiResultField:
    """DocumentAiResultField"""

    key: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    instruction: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    required: bool | None = attrs.field(default=None)
    is_full_name: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiResultWarning:
    """DocumentAiResultWarning"""

    risk: str | None = attrs.field(default=None)
    feature: str | None = attrs.field(default=None)
    additional_data: dict[str, Any] | None = attrs.field(default=None)
    log_type: str | None = attrs.field(default=None)
    short_description: str | None = attrs.field(default=None)
    long_description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiResult:
    """DocumentAiResult"""

    status: str | None = attrs.field(default=None)
    extracted_data: dict[str, Any] | None = attrs.field(default=None)
    detected_codes: list[DocumentAiDetectedCode] | None = attrs.field(default=None)
    fields: list[DocumentAiResultField] | None = attrs.field(default=None)
    name_match_score: float | None = attrs.field(default=None)
    name_on_document: str | None = attrs.field(default=None)
    warnings: list[DocumentAiResultWarning] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiResponse:
    """DocumentAiResponse"""

    request_id: str | None = attrs.field(default=None)
    document_ai: DocumentAiResult | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
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

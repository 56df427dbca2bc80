# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'document_ai__extract' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.document_ai__extract import (
    DocumentAiDetectedCode,
    DocumentAiRequest,
    DocumentAiResponse,
    DocumentAiResult,
    DocumentAiResultField,
    DocumentAiResultWarning,
)
from . import Table, _E_inline112, check_model, encode_by_table, keys_of, new_object

_U_DocumentAiRequest: Table = (
    ("document", "document", None, True),
    ("fields", "fields", None, True),
    ("expected_first_name", "expected_first_name", None, False),
    ("expected_last_name", "expected_last_name", None, False),
    ("expected_company_name", "expected_company_name", None, False),
    ("expected_company_country", "expected_company_country", None, False),
    (
        "document_ai_name_match_score_threshold",
        "document_ai_name_match_score_threshold",
        None,
        False,
    ),
    (
        "document_ai_unreadable_document_action",
        "document_ai_unreadable_document_action",
        None,
        False,
    ),
    (
        "document_ai_missing_required_fields_action",
        "document_ai_missing_required_fields_action",
        None,
        False,
    ),
    ("document_ai_document_tampering_action", "document_ai_document_tampering_action", None, False),
    ("document_ai_name_mismatch_action", "document_ai_name_mismatch_action", None, False),
    ("document_ai_unsupported_file_action", "document_ai_unsupported_file_action", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DocumentAiRequest(o: DocumentAiRequest) -> dict[str, Any]:
    """Encode :class:`DocumentAiRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DocumentAiRequest)


def structure_DocumentAiRequest(d: Any) -> DocumentAiRequest:
    """Decode a JSON object into :class:`DocumentAiRequest`."""
    o = new_object(DocumentAiRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_DocumentAiRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DocumentAiRequest."""
    check_model(d, at, _V_DocumentAiRequest, _K_DocumentAiRequest)


_U_DocumentAiDetectedCode: Table = (
    ("type", "type", None, True),
    ("page_number", "page_number", None, True),
    ("position", "position", None, True),
    ("x", "x", None, True),
    ("y", "y", None, True),
    ("width", "width", None, True),
    ("height", "height", None, True),
    ("page_width", "page_width", None, True),
    ("page_height", "page_height", None, True),
    ("raw_payload", "raw_payload", None, True),
    ("parsed_payload", "parsed_payload", None, True),
)


def unstructure_DocumentAiDetectedCode(o: DocumentAiDetectedCode) -> dict[str, Any]:
    """Encode :class:`DocumentAiDetectedCode` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DocumentAiDetectedCode)


def structure_DocumentAiDetectedCode(d: Any) -> DocumentAiDetectedCode:
    """Decode a JSON object into :class:`DocumentAiDetectedCode`."""
    o = new_object(DocumentAiDetectedCode)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiDetectedCode.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiDetectedCode
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DocumentAiResultField: Table = (
    ("key", "key", None, False),
    ("name", "name", None, False),
    ("instruction", "instruction", None, False),
    ("type", "type", None, False),
    ("required", "required", None, False),
    ("is_full_name", "is_full_name", None, False),
)


def unstructure_DocumentAiResultField(o: DocumentAiResultField) -> dict[str, Any]:
    """Encode :class:`DocumentAiResultField` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DocumentAiResultField)


def structure_DocumentAiResultField(d: Any) -> DocumentAiResultField:
    """Decode a JSON object into :class:`DocumentAiResultField`."""
    o = new_object(DocumentAiResultField)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiResultField.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiResultField
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DocumentAiResultWarning: Table = (
    ("risk", "risk", None, False),
    ("feature", "feature", None, False),
    (
        "additional_data",
        "additional_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("log_type", "log_type", None, False),
    ("short_description", "short_description", None, False),
    ("long_description", "long_description", None, False),
)


def unstructure_DocumentAiResultWarning(o: DocumentAiResultWarning) -> dict[str, Any]:
    """Encode :class:`DocumentAiResultWarning` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DocumentAiResultWarning)


def structure_DocumentAiResultWarning(d: Any) -> DocumentAiResultWarning:
    """Decode a JSON object into :class:`DocumentAiResultWarning`."""
    o = new_object(DocumentAiResultWarning)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiResultWarning.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiResultWarning
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DocumentAiResult: Table = (
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
                unstructure_DocumentAiDetectedCode(x)
                if isinstance(x, DocumentAiDetectedCode)
                else x
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
                unstructure_DocumentAiResultField(x) if isinstance(x, DocumentAiResultField) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("name_match_score", "name_match_score", None, False),
    ("name_on_document", "name_on_document", None, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [
                unstructure_DocumentAiResultWarning(x)
                if isinstance(x, DocumentAiResultWarning)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_DocumentAiResult(o: DocumentAiResult) -> dict[str, Any]:
    """Encode :class:`DocumentAiResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DocumentAiResult)


def structure_DocumentAiResult(d: Any) -> DocumentAiResult:
    """Decode a JSON object into :class:`DocumentAiResult`."""
    v: Any
    o = new_object(DocumentAiResult)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "detected_codes" in vals:
        v = vals["detected_codes"]
        if v and v.__class__ is list:
            vals["detected_codes"] = [
                structure_DocumentAiDetectedCode(x) if x.__class__ is dict else x for x in v
            ]
    if "fields" in vals:
        v = vals["fields"]
        if v and v.__class__ is list:
            vals["fields"] = [
                structure_DocumentAiResultField(x) if x.__class__ is dict else x for x in v
            ]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [
                structure_DocumentAiResultWarning(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_DocumentAiResponse: Table = (
    ("request_id", "request_id", None, False),
    (
        "document_ai",
        "document_ai",
        lambda v: unstructure_DocumentAiResult(v) if isinstance(v, DocumentAiResult) else v,
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_DocumentAiResponse(o: DocumentAiResponse) -> dict[str, Any]:
    """Encode :class:`DocumentAiResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DocumentAiResponse)


def structure_DocumentAiResponse(d: Any) -> DocumentAiResponse:
    """Decode a JSON object into :class:`DocumentAiResponse`."""
    v: Any
    o = new_object(DocumentAiResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "document_ai" in vals:
        v = vals["document_ai"]
        if v.__class__ is dict:
            vals["document_ai"] = structure_DocumentAiResult(v)
    return o


_K_DocumentAiRequest = keys_of(_U_DocumentAiRequest)
_K_DocumentAiDetectedCode = keys_of(_U_DocumentAiDetectedCode)
_K_DocumentAiResultField = keys_of(_U_DocumentAiResultField)
_K_DocumentAiResultWarning = keys_of(_U_DocumentAiResultWarning)
_K_DocumentAiResult = keys_of(_U_DocumentAiResult)
_K_DocumentAiResponse = keys_of(_U_DocumentAiResponse)

_V_DocumentAiRequest: Any = (
    "DocumentAiRequest",
    False,
    0,
    (
        ("document", True, False, ("file", None)),
        ("fields", True, False, ("str", None, None, None, None, ())),
        ("expected_first_name", False, False, ("str", None, None, None, None, ())),
        ("expected_last_name", False, False, ("str", None, None, None, None, ())),
        ("expected_company_name", False, False, ("str", None, None, None, None, ())),
        ("expected_company_country", False, False, ("str", None, None, None, None, ())),
        ("document_ai_name_match_score_threshold", False, False, ("int", 0, 100)),
        (
            "document_ai_unreadable_document_action",
            False,
            False,
            ("enum", _E_inline112, "DECLINE, REVIEW, NO_ACTION"),
        ),
        (
            "document_ai_missing_required_fields_action",
            False,
            False,
            ("enum", _E_inline112, "DECLINE, REVIEW, NO_ACTION"),
        ),
        (
            "document_ai_document_tampering_action",
            False,
            False,
            ("enum", _E_inline112, "DECLINE, REVIEW, NO_ACTION"),
        ),
        (
            "document_ai_name_mismatch_action",
            False,
            False,
            ("enum", _E_inline112, "DECLINE, REVIEW, NO_ACTION"),
        ),
        (
            "document_ai_unsupported_file_action",
            False,
            False,
            ("enum", _E_inline112, "DECLINE, REVIEW, NO_ACTION"),
        ),
        ("save_api_request", False, False, ("bool",)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, False, ("obj",)),
    ),
    (),
)

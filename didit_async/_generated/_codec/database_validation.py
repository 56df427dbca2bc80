# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'database_validation' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date

from ..models.database_validation import DatabaseValidationRequest, DatabaseValidationResponse
from ..models.shared import DatabaseValidationReport
from . import (
    _P1,
    Table,
    _E_inline14,
    _E_inline15,
    _E_inline16,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)
from .shared import structure_DatabaseValidationReport, unstructure_DatabaseValidationReport

_U_DatabaseValidationRequest: Table = (
    ("issuing_state", "issuing_state", None, False),
    ("validation_type", "validation_type", None, False),
    ("id_number", "id_number", None, False),
    ("personal_number", "personal_number", None, False),
    ("document_number", "document_number", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("document_type", "document_type", None, False),
    ("full_name", "full_name", None, False),
    ("middle_name", "middle_name", None, False),
    ("gender", "gender", None, False),
    ("nationality", "nationality", None, False),
    ("tax_number", "tax_number", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("no_match_action", "no_match_action", None, False),
    ("partial_match_action", "partial_match_action", None, False),
    ("services", "services", None, False),
)


def unstructure_DatabaseValidationRequest(o: DatabaseValidationRequest) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationRequest)


def structure_DatabaseValidationRequest(d: Any) -> DatabaseValidationRequest:
    """Decode a JSON object into :class:`DatabaseValidationRequest`."""
    o = new_object(DatabaseValidationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_DatabaseValidationRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DatabaseValidationRequest."""
    check_model(d, at, _V_DatabaseValidationRequest, _K_DatabaseValidationRequest)


_U_DatabaseValidationResponse: Table = (
    ("request_id", "request_id", None, False),
    (
        "database_validation",
        "database_validation",
        lambda v: (
            unstructure_DatabaseValidationReport(v)
            if isinstance(v, DatabaseValidationReport)
            else v
        ),
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_DatabaseValidationResponse(o: DatabaseValidationResponse) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationResponse)


def structure_DatabaseValidationResponse(d: Any) -> DatabaseValidationResponse:
    """Decode a JSON object into :class:`DatabaseValidationResponse`."""
    v: Any
    o = new_object(DatabaseValidationResponse)
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


_K_DatabaseValidationRequest = keys_of(_U_DatabaseValidationRequest)
_K_DatabaseValidationResponse = keys_of(_U_DatabaseValidationResponse)

_V_DatabaseValidationRequest: Any = (
    "DatabaseValidationRequest",
    False,
    0,
    (
        ("issuing_state", False, False, ("str", None, None, None, None, ((_P1, "^[A-Z]{3}$"),))),
        ("validation_type", False, False, ("str", None, None, None, None, ())),
        ("id_number", False, False, ("str", None, None, None, None, ())),
        ("personal_number", False, False, ("str", None, None, None, None, ())),
        ("document_number", False, False, ("str", None, None, None, None, ())),
        ("first_name", False, False, ("str", None, None, None, None, ())),
        ("last_name", False, False, ("str", None, None, None, None, ())),
        ("date_of_birth", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("save_api_request", False, False, ("bool",)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        (
            "document_type",
            False,
            False,
            ("enum", _E_inline14, "P, DL, ID, RP, SSC, HIC, WP, TC, VISA, PSC, BC, OTHER"),
        ),
        ("full_name", False, False, ("str", None, None, None, None, ())),
        ("middle_name", False, False, ("str", None, None, None, None, ())),
        ("gender", False, False, ("enum", _E_inline15, "M, F, X")),
        ("nationality", False, False, ("str", None, None, None, None, ())),
        ("tax_number", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, False, ("obj",)),
        ("no_match_action", False, False, ("enum", _E_inline16, "DECLINE, NO_ACTION")),
        ("partial_match_action", False, False, ("enum", _E_inline16, "DECLINE, NO_ACTION")),
        (
            "services",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
    ),
    (),
)

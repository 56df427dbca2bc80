# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'poa__verify' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.poa__verify import PoaRequest, PoaResponse
from ..models.shared__poa_sessions import PoaReport
from . import Table, _E_inline58, check_model, encode_by_table, keys_of, new_object
from .shared__poa_sessions import structure_PoaReport, unstructure_PoaReport

_U_PoaRequest: Table = (
    ("document", "document", None, True),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("expected_address", "expected_address", None, False),
    ("expected_country", "expected_country", None, False),
    ("expected_first_name", "expected_first_name", None, False),
    ("expected_last_name", "expected_last_name", None, False),
    ("document_password", "document_password", None, False),
    ("poa_languages_allowed", "poa_languages_allowed", None, False),
    ("poa_document_age_months", "poa_document_age_months", None, False),
    ("poa_name_mismatch_action", "poa_name_mismatch_action", None, False),
    ("poa_document_issues_action", "poa_document_issues_action", None, False),
    ("poa_document_authenticity_action", "poa_document_authenticity_action", None, False),
    ("poa_unsupported_language_action", "poa_unsupported_language_action", None, False),
    ("poa_address_mismatch_action", "poa_address_mismatch_action", None, False),
    ("poa_issuer_not_identified_action", "poa_issuer_not_identified_action", None, False),
    ("metadata", "metadata", None, False),
)


def unstructure_PoaRequest(o: PoaRequest) -> dict[str, Any]:
    """Encode :class:`PoaRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PoaRequest)


def structure_PoaRequest(d: Any) -> PoaRequest:
    """Decode a JSON object into :class:`PoaRequest`."""
    o = new_object(PoaRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_PoaRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PoaRequest."""
    check_model(d, at, _V_PoaRequest, _K_PoaRequest)


_U_PoaResponse: Table = (
    ("request_id", "request_id", None, False),
    ("poa", "poa", lambda v: unstructure_PoaReport(v) if isinstance(v, PoaReport) else v, False),
    ("created_at", "created_at", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_PoaResponse(o: PoaResponse) -> dict[str, Any]:
    """Encode :class:`PoaResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PoaResponse)


def structure_PoaResponse(d: Any) -> PoaResponse:
    """Decode a JSON object into :class:`PoaResponse`."""
    v: Any
    o = new_object(PoaResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "poa" in vals:
        v = vals["poa"]
        if v.__class__ is dict:
            vals["poa"] = structure_PoaReport(v)
    return o


_K_PoaRequest = keys_of(_U_PoaRequest)
_K_PoaResponse = keys_of(_U_PoaResponse)

_V_PoaRequest: Any = (
    "PoaRequest",
    False,
    0,
    (
        ("document", True, False, ("file", 15728640)),
        ("save_api_request", False, False, ("bool",)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("expected_address", False, False, ("str", None, None, None, None, ())),
        ("expected_country", False, False, ("str", None, None, None, None, ())),
        ("expected_first_name", False, False, ("str", None, None, None, None, ())),
        ("expected_last_name", False, False, ("str", None, None, None, None, ())),
        ("document_password", False, False, ("str", None, None, None, None, ())),
        ("poa_languages_allowed", False, False, ("str", None, None, None, None, ())),
        ("poa_document_age_months", False, False, ("str", None, None, None, None, ())),
        ("poa_name_mismatch_action", False, False, ("enum", _E_inline58, "DECLINE, NO_ACTION")),
        ("poa_document_issues_action", False, False, ("enum", _E_inline58, "DECLINE, NO_ACTION")),
        (
            "poa_document_authenticity_action",
            False,
            False,
            ("enum", _E_inline58, "DECLINE, NO_ACTION"),
        ),
        (
            "poa_unsupported_language_action",
            False,
            False,
            ("enum", _E_inline58, "DECLINE, NO_ACTION"),
        ),
        ("poa_address_mismatch_action", False, False, ("enum", _E_inline58, "DECLINE, NO_ACTION")),
        (
            "poa_issuer_not_identified_action",
            False,
            False,
            ("enum", _E_inline58, "DECLINE, NO_ACTION"),
        ),
        ("metadata", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'aml__screen' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date

from ..models.aml__screen import AmlRequest, AmlResponse
from ..models.shared__aml_sessions import AmlReport
from . import Table, _E_inline29, check_model, encode_by_table, keys_of, new_object
from .shared__aml_sessions import structure_AmlReport, unstructure_AmlReport

_U_AmlRequest: Table = (
    ("full_name", "full_name", None, True),
    ("date_of_birth", "date_of_birth", None, False),
    ("nationality", "nationality", None, False),
    ("document_number", "document_number", None, False),
    ("entity_type", "entity_type", None, False),
    ("aml_name_weight", "aml_name_weight", None, False),
    ("aml_dob_weight", "aml_dob_weight", None, False),
    ("aml_country_weight", "aml_country_weight", None, False),
    ("aml_match_score_threshold", "aml_match_score_threshold", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("include_adverse_media", "include_adverse_media", None, False),
    ("include_ongoing_monitoring", "include_ongoing_monitoring", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("aml_score_approve_threshold", "aml_score_approve_threshold", None, False),
    ("aml_score_review_threshold", "aml_score_review_threshold", None, False),
    ("sandbox_scenario", "sandbox_scenario", None, False),
)


def unstructure_AmlRequest(o: AmlRequest) -> dict[str, Any]:
    """Encode :class:`AmlRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlRequest)


def structure_AmlRequest(d: Any) -> AmlRequest:
    """Decode a JSON object into :class:`AmlRequest`."""
    o = new_object(AmlRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_AmlRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlRequest."""
    check_model(d, at, _V_AmlRequest, _K_AmlRequest)


_U_AmlResponse: Table = (
    ("request_id", "request_id", None, False),
    ("aml", "aml", lambda v: unstructure_AmlReport(v) if isinstance(v, AmlReport) else v, False),
    ("created_at", "created_at", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_AmlResponse(o: AmlResponse) -> dict[str, Any]:
    """Encode :class:`AmlResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlResponse)


def structure_AmlResponse(d: Any) -> AmlResponse:
    """Decode a JSON object into :class:`AmlResponse`."""
    v: Any
    o = new_object(AmlResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "aml" in vals:
        v = vals["aml"]
        if v.__class__ is dict:
            vals["aml"] = structure_AmlReport(v)
    return o


_K_AmlRequest = keys_of(_U_AmlRequest)
_K_AmlResponse = keys_of(_U_AmlResponse)

_V_AmlRequest: Any = (
    "AmlRequest",
    False,
    0,
    (
        ("full_name", True, False, ("str", 1, None, None, None, ())),
        ("date_of_birth", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("nationality", False, False, ("str", None, None, None, None, ())),
        ("document_number", False, False, ("str", None, None, None, None, ())),
        ("entity_type", False, False, ("enum", _E_inline29, "person, company")),
        ("aml_name_weight", False, False, ("int", 0, 100)),
        ("aml_dob_weight", False, False, ("int", 0, 100)),
        ("aml_country_weight", False, False, ("int", 0, 100)),
        ("aml_match_score_threshold", False, False, ("int", 0, 100)),
        ("save_api_request", False, False, ("bool",)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("include_adverse_media", False, False, ("bool",)),
        ("include_ongoing_monitoring", False, False, ("bool",)),
        ("metadata", False, True, ("obj",)),
        ("aml_score_approve_threshold", False, False, ("num", 0, 100)),
        ("aml_score_review_threshold", False, False, ("num", 0, 100)),
        ("sandbox_scenario", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

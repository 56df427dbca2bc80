# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'id_verification__verify' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.id_verification__verify import IdVerificationRequest, IdVerificationResponse
from ..models.shared__id_verification_sessions import IdVerificationReport
from . import Table, _E_inline55, _E_inline56, check_model, encode_by_table, keys_of, new_object
from .shared__id_verification_sessions import (
    structure_IdVerificationReport,
    unstructure_IdVerificationReport,
)

_U_IdVerificationRequest: Table = (
    ("front_image", "front_image", None, True),
    ("back_image", "back_image", None, False),
    ("perform_document_liveness", "perform_document_liveness", None, False),
    ("front_image_password", "front_image_password", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("metadata", "metadata", None, False),
    ("minimum_age", "minimum_age", None, True),
    ("preferred_characters", "preferred_characters", None, False),
    ("back_image_password", "back_image_password", None, False),
    ("expiration_date_not_detected_action", "expiration_date_not_detected_action", None, False),
    ("invalid_mrz_action", "invalid_mrz_action", None, False),
    ("inconsistent_data_action", "inconsistent_data_action", None, False),
    ("critical_field_occlusion_action", "critical_field_occlusion_action", None, False),
    (
        "document_or_personal_number_format_mismatch_action",
        "document_or_personal_number_format_mismatch_action",
        None,
        False,
    ),
)


def unstructure_IdVerificationRequest(o: IdVerificationRequest) -> dict[str, Any]:
    """Encode :class:`IdVerificationRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationRequest)


def structure_IdVerificationRequest(d: Any) -> IdVerificationRequest:
    """Decode a JSON object into :class:`IdVerificationRequest`."""
    o = new_object(IdVerificationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_IdVerificationRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid IdVerificationRequest."""
    check_model(d, at, _V_IdVerificationRequest, _K_IdVerificationRequest)


_U_IdVerificationResponse: Table = (
    ("request_id", "request_id", None, False),
    (
        "id_verification",
        "id_verification",
        lambda v: unstructure_IdVerificationReport(v) if isinstance(v, IdVerificationReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_IdVerificationResponse(o: IdVerificationResponse) -> dict[str, Any]:
    """Encode :class:`IdVerificationResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationResponse)


def structure_IdVerificationResponse(d: Any) -> IdVerificationResponse:
    """Decode a JSON object into :class:`IdVerificationResponse`."""
    v: Any
    o = new_object(IdVerificationResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "id_verification" in vals:
        v = vals["id_verification"]
        if v.__class__ is dict:
            vals["id_verification"] = structure_IdVerificationReport(v)
    return o


_K_IdVerificationRequest = keys_of(_U_IdVerificationRequest)
_K_IdVerificationResponse = keys_of(_U_IdVerificationResponse)

_V_IdVerificationRequest: Any = (
    "IdVerificationRequest",
    False,
    0,
    (
        ("front_image", True, False, ("file", 10485760)),
        ("back_image", False, False, ("file", 10485760)),
        ("perform_document_liveness", False, False, ("bool",)),
        ("front_image_password", False, False, ("str", None, None, None, None, ())),
        ("save_api_request", False, False, ("bool",)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, False, ("str", None, None, None, None, ())),
        ("minimum_age", False, True, ("int", 0, 150)),
        ("preferred_characters", False, False, ("enum", _E_inline55, "latin, non_latin")),
        ("back_image_password", False, False, ("str", None, None, None, None, ())),
        (
            "expiration_date_not_detected_action",
            False,
            False,
            ("enum", _E_inline56, "NO_ACTION, DECLINE"),
        ),
        ("invalid_mrz_action", False, False, ("enum", _E_inline56, "NO_ACTION, DECLINE")),
        ("inconsistent_data_action", False, False, ("enum", _E_inline56, "NO_ACTION, DECLINE")),
        (
            "critical_field_occlusion_action",
            False,
            False,
            ("enum", _E_inline56, "NO_ACTION, DECLINE"),
        ),
        (
            "document_or_personal_number_format_mismatch_action",
            False,
            False,
            ("enum", _E_inline56, "NO_ACTION, DECLINE"),
        ),
    ),
    (),
)

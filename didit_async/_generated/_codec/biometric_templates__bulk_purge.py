# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'biometric_templates__bulk_purge' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_datetime, is_uuid

from ..models.biometric_templates__bulk_purge import (
    BiometricTemplateBulkPurgeRequest,
    BiometricTemplateBulkPurgeResult,
)
from ..models.biometric_templates__bulk_purge__purge import BiometricTemplatePurgeResult
from . import Table, _E_inline143, _E_inline149, check_model, encode_by_table, keys_of, new_object
from .biometric_templates__bulk_purge__purge import (
    structure_BiometricTemplatePurgeResult,
    unstructure_BiometricTemplatePurgeResult,
)

_U_BiometricTemplateBulkPurgeRequest: Table = (
    ("template_uuids", "template_uuids", None, False),
    ("delete_all", "delete_all", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("vendor_user_uuid", "vendor_user_uuid", None, False),
    ("status", "status", None, False),
    ("source_type", "source_type", None, False),
    ("retained_from", "retained_from", None, False),
    ("retained_to", "retained_to", None, False),
)


def unstructure_BiometricTemplateBulkPurgeRequest(
    o: BiometricTemplateBulkPurgeRequest,
) -> dict[str, Any]:
    """Encode :class:`BiometricTemplateBulkPurgeRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BiometricTemplateBulkPurgeRequest)


def structure_BiometricTemplateBulkPurgeRequest(d: Any) -> BiometricTemplateBulkPurgeRequest:
    """Decode a JSON object into :class:`BiometricTemplateBulkPurgeRequest`."""
    o = new_object(BiometricTemplateBulkPurgeRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplateBulkPurgeRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplateBulkPurgeRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_BiometricTemplateBulkPurgeRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BiometricTemplateBulkPurgeRequest."""
    check_model(d, at, _V_BiometricTemplateBulkPurgeRequest, _K_BiometricTemplateBulkPurgeRequest)


_U_BiometricTemplateBulkPurgeResult: Table = (
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_BiometricTemplatePurgeResult(x)
                if isinstance(x, BiometricTemplatePurgeResult)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_BiometricTemplateBulkPurgeResult(
    o: BiometricTemplateBulkPurgeResult,
) -> dict[str, Any]:
    """Encode :class:`BiometricTemplateBulkPurgeResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BiometricTemplateBulkPurgeResult)


def structure_BiometricTemplateBulkPurgeResult(d: Any) -> BiometricTemplateBulkPurgeResult:
    """Decode a JSON object into :class:`BiometricTemplateBulkPurgeResult`."""
    v: Any
    o = new_object(BiometricTemplateBulkPurgeResult)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplateBulkPurgeResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplateBulkPurgeResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_BiometricTemplatePurgeResult(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_BiometricTemplateBulkPurgeRequest = keys_of(_U_BiometricTemplateBulkPurgeRequest)
_K_BiometricTemplateBulkPurgeResult = keys_of(_U_BiometricTemplateBulkPurgeResult)

_V_BiometricTemplateBulkPurgeRequest: Any = (
    "BiometricTemplateBulkPurgeRequest",
    False,
    0,
    (
        (
            "template_uuids",
            False,
            False,
            ("list", 1, None, ("str", None, None, None, (is_uuid, "uuid"), ()), False),
        ),
        ("delete_all", False, False, ("bool",)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("vendor_user_uuid", False, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        (
            "status",
            False,
            False,
            (
                "enum",
                _E_inline149,
                "pending, active, expired, held_out_of_use, purge_pending, purge_failed",
            ),
        ),
        (
            "source_type",
            False,
            False,
            ("enum", _E_inline143, "session_delete, automatic_retention, backfill"),
        ),
        ("retained_from", False, False, ("str", None, None, None, (is_datetime, "date-time"), ())),
        ("retained_to", False, False, ("str", None, None, None, (is_datetime, "date-time"), ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'poa' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.poa import PoaRequest, PoaResponse
from ..models.shared import PoaReport
from . import _P5, Table, check_model, encode_by_table, keys_of, new_object
from .shared import structure_PoaReport, unstructure_PoaReport

_U_PoaRequest: Table = (
    ("document", "document", None, True),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("expected_address", "expected_address", None, False),
    ("expected_country", "expected_country", None, False),
    ("expected_first_name", "expected_first_name", None, False),
    ("expected_last_name", "expected_last_name", None, False),
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
        ("expected_country", False, False, ("str", None, None, None, None, ((_P5, "^[A-Z]{2}$"),))),
        ("expected_first_name", False, False, ("str", None, None, None, None, ())),
        ("expected_last_name", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__reject_resolution' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.cases__reject_resolution import CaseRejectResolutionRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_CaseRejectResolutionRequest: Table = (("notes", "notes", None, True),)


def unstructure_CaseRejectResolutionRequest(o: CaseRejectResolutionRequest) -> dict[str, Any]:
    """Encode :class:`CaseRejectResolutionRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseRejectResolutionRequest)


def structure_CaseRejectResolutionRequest(d: Any) -> CaseRejectResolutionRequest:
    """Decode a JSON object into :class:`CaseRejectResolutionRequest`."""
    o = new_object(CaseRejectResolutionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseRejectResolutionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseRejectResolutionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseRejectResolutionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseRejectResolutionRequest."""
    check_model(d, at, _V_CaseRejectResolutionRequest, _K_CaseRejectResolutionRequest)


_K_CaseRejectResolutionRequest = keys_of(_U_CaseRejectResolutionRequest)

_V_CaseRejectResolutionRequest: Any = (
    "CaseRejectResolutionRequest",
    False,
    0,
    (("notes", False, True, ("str", None, None, None, None, ())),),
    (),
)

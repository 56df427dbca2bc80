# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_checklist__update' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.cases_checklist__update import CaseChecklistItemUpdateRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_CaseChecklistItemUpdateRequest: Table = (("is_completed", "is_completed", None, True),)


def unstructure_CaseChecklistItemUpdateRequest(o: CaseChecklistItemUpdateRequest) -> dict[str, Any]:
    """Encode :class:`CaseChecklistItemUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseChecklistItemUpdateRequest)


def structure_CaseChecklistItemUpdateRequest(d: Any) -> CaseChecklistItemUpdateRequest:
    """Decode a JSON object into :class:`CaseChecklistItemUpdateRequest`."""
    o = new_object(CaseChecklistItemUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseChecklistItemUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseChecklistItemUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseChecklistItemUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseChecklistItemUpdateRequest."""
    check_model(d, at, _V_CaseChecklistItemUpdateRequest, _K_CaseChecklistItemUpdateRequest)


_K_CaseChecklistItemUpdateRequest = keys_of(_U_CaseChecklistItemUpdateRequest)

_V_CaseChecklistItemUpdateRequest: Any = (
    "CaseChecklistItemUpdateRequest",
    False,
    0,
    (("is_completed", True, False, ("bool",)),),
    (),
)

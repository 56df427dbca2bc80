# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__update' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_datetime

from ..enums import CasePriority
from ..models.cases__update import CaseUpdateRequest
from . import (
    Table,
    _E_CasePriority,
    _M_CasePriority,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_CaseUpdateRequest: Table = (
    ("title", "title", None, False),
    ("priority", "priority", lambda v: v.value if isinstance(v, CasePriority) else v, False),
    ("due_at", "due_at", None, True),
    ("tags", "tags", None, False),
)


def unstructure_CaseUpdateRequest(o: CaseUpdateRequest) -> dict[str, Any]:
    """Encode :class:`CaseUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseUpdateRequest)


def structure_CaseUpdateRequest(d: Any) -> CaseUpdateRequest:
    """Decode a JSON object into :class:`CaseUpdateRequest`."""
    v: Any
    o = new_object(CaseUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "priority" in vals:
        v = vals["priority"]
        if v.__class__ is str:
            vals["priority"] = _M_CasePriority[v]
    return o


def validate_CaseUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseUpdateRequest."""
    check_model(d, at, _V_CaseUpdateRequest, _K_CaseUpdateRequest)


_K_CaseUpdateRequest = keys_of(_U_CaseUpdateRequest)

_V_CaseUpdateRequest: Any = (
    "CaseUpdateRequest",
    False,
    0,
    (
        ("title", False, False, ("str", None, 255, None, None, ())),
        ("priority", False, False, ("enum", _E_CasePriority, "LOW, MEDIUM, HIGH")),
        ("due_at", False, True, ("str", None, None, None, (is_datetime, "date-time"), ())),
        ("tags", False, False, ("list", None, None, ("str", None, None, None, None, ()), False)),
    ),
    (),
)

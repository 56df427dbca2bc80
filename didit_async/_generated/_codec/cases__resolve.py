# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__resolve' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import CaseResolution
from ..models.cases__resolve import CaseResolveRequest
from . import (
    Table,
    _E_CaseResolution,
    _M_CaseResolution,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_CaseResolveRequest: Table = (
    ("resolution", "resolution", lambda v: v.value if isinstance(v, CaseResolution) else v, True),
    ("note", "note", None, True),
)


def unstructure_CaseResolveRequest(o: CaseResolveRequest) -> dict[str, Any]:
    """Encode :class:`CaseResolveRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseResolveRequest)


def structure_CaseResolveRequest(d: Any) -> CaseResolveRequest:
    """Decode a JSON object into :class:`CaseResolveRequest`."""
    v: Any
    o = new_object(CaseResolveRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseResolveRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseResolveRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "resolution" in vals:
        v = vals["resolution"]
        if v.__class__ is str:
            vals["resolution"] = _M_CaseResolution[v]
    return o


def validate_CaseResolveRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseResolveRequest."""
    check_model(d, at, _V_CaseResolveRequest, _K_CaseResolveRequest)


_K_CaseResolveRequest = keys_of(_U_CaseResolveRequest)

_V_CaseResolveRequest: Any = (
    "CaseResolveRequest",
    False,
    0,
    (
        ("resolution", True, False, ("enum", _E_CaseResolution, "FALSE_POSITIVE, VALID_THREAT")),
        ("note", False, True, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__apply_entity_action' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import CaseEntityAction, CaseSubjectType
from ..models.cases__apply_entity_action import CaseEntityActionRequest, CaseEntityActionResult
from . import (
    Table,
    _E_CaseEntityAction,
    _M_CaseEntityAction,
    _M_CaseSubjectType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_CaseEntityActionRequest: Table = (
    ("action", "action", lambda v: v.value if isinstance(v, CaseEntityAction) else v, True),
    ("status", "status", None, True),
    ("tags", "tags", None, False),
    ("note", "note", None, True),
)


def unstructure_CaseEntityActionRequest(o: CaseEntityActionRequest) -> dict[str, Any]:
    """Encode :class:`CaseEntityActionRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseEntityActionRequest)


def structure_CaseEntityActionRequest(d: Any) -> CaseEntityActionRequest:
    """Decode a JSON object into :class:`CaseEntityActionRequest`."""
    v: Any
    o = new_object(CaseEntityActionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseEntityActionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseEntityActionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "action" in vals:
        v = vals["action"]
        if v.__class__ is str:
            vals["action"] = _M_CaseEntityAction[v]
    return o


def validate_CaseEntityActionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseEntityActionRequest."""
    check_model(d, at, _V_CaseEntityActionRequest, _K_CaseEntityActionRequest)


_U_CaseEntityActionResult: Table = (
    (
        "entity_type",
        "entity_type",
        lambda v: v.value if isinstance(v, CaseSubjectType) else v,
        False,
    ),
    ("entity_uuid", "entity_uuid", None, False),
    ("action", "action", lambda v: v.value if isinstance(v, CaseEntityAction) else v, False),
)


def unstructure_CaseEntityActionResult(o: CaseEntityActionResult) -> dict[str, Any]:
    """Encode :class:`CaseEntityActionResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseEntityActionResult)


def structure_CaseEntityActionResult(d: Any) -> CaseEntityActionResult:
    """Decode a JSON object into :class:`CaseEntityActionResult`."""
    v: Any
    o = new_object(CaseEntityActionResult)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseEntityActionResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseEntityActionResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "entity_type" in vals:
        v = vals["entity_type"]
        if v.__class__ is str:
            vals["entity_type"] = _M_CaseSubjectType[v]
    if "action" in vals:
        v = vals["action"]
        if v.__class__ is str:
            vals["action"] = _M_CaseEntityAction[v]
    return o


_K_CaseEntityActionRequest = keys_of(_U_CaseEntityActionRequest)
_K_CaseEntityActionResult = keys_of(_U_CaseEntityActionResult)

_V_CaseEntityActionRequest: Any = (
    "CaseEntityActionRequest",
    False,
    0,
    (
        (
            "action",
            True,
            False,
            ("enum", _E_CaseEntityAction, "set_status, add_tags, add_note, add_to_blocklist"),
        ),
        ("status", False, True, ("str", None, None, None, None, ())),
        ("tags", False, False, ("list", None, None, ("str", None, None, None, None, ()), False)),
        ("note", False, True, ("str", None, None, None, None, ())),
    ),
    (),
)

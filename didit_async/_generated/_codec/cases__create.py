# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__create' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_datetime, is_uuid

from ..enums import CasePriority, CaseSubjectType
from ..models.cases__create import CaseCreateRequest, CaseSubjectReference
from . import (
    Table,
    _E_CasePriority,
    _E_CaseSubjectType,
    _M_CasePriority,
    _M_CaseSubjectType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_CaseSubjectReference: Table = (
    ("type", "type", lambda v: v.value if isinstance(v, CaseSubjectType) else v, False),
    ("uuid", "uuid", None, False),
)


def unstructure_CaseSubjectReference(o: CaseSubjectReference) -> dict[str, Any]:
    """Encode :class:`CaseSubjectReference` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseSubjectReference)


def structure_CaseSubjectReference(d: Any) -> CaseSubjectReference:
    """Decode a JSON object into :class:`CaseSubjectReference`."""
    v: Any
    o = new_object(CaseSubjectReference)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseSubjectReference.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseSubjectReference
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "type" in vals:
        v = vals["type"]
        if v.__class__ is str:
            vals["type"] = _M_CaseSubjectType[v]
    return o


def validate_CaseSubjectReference(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseSubjectReference."""
    check_model(d, at, _V_CaseSubjectReference, _K_CaseSubjectReference)


_U_CaseCreateRequest: Table = (
    ("title", "title", None, True),
    ("blueprint", "blueprint", None, True),
    ("priority", "priority", lambda v: v.value if isinstance(v, CasePriority) else v, False),
    ("due_at", "due_at", None, True),
    ("tags", "tags", None, False),
    (
        "subject",
        "subject",
        lambda v: unstructure_CaseSubjectReference(v) if isinstance(v, CaseSubjectReference) else v,
        False,
    ),
    (
        "links",
        "links",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("assigned_to", "assigned_to", None, True),
)


def unstructure_CaseCreateRequest(o: CaseCreateRequest) -> dict[str, Any]:
    """Encode :class:`CaseCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseCreateRequest)


def structure_CaseCreateRequest(d: Any) -> CaseCreateRequest:
    """Decode a JSON object into :class:`CaseCreateRequest`."""
    v: Any
    o = new_object(CaseCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "priority" in vals:
        v = vals["priority"]
        if v.__class__ is str:
            vals["priority"] = _M_CasePriority[v]
    if "subject" in vals:
        v = vals["subject"]
        if v.__class__ is dict:
            vals["subject"] = structure_CaseSubjectReference(v)
    return o


def validate_CaseCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseCreateRequest."""
    check_model(d, at, _V_CaseCreateRequest, _K_CaseCreateRequest)


_K_CaseSubjectReference = keys_of(_U_CaseSubjectReference)
_K_CaseCreateRequest = keys_of(_U_CaseCreateRequest)

_V_CaseSubjectReference: Any = (
    "CaseSubjectReference",
    False,
    0,
    (
        ("type", False, False, ("enum", _E_CaseSubjectType, "user, business")),
        ("uuid", False, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
    ),
    (),
)

_V_CaseCreateRequest: Any = (
    "CaseCreateRequest",
    False,
    0,
    (
        ("title", True, False, ("str", None, 255, None, None, ())),
        ("blueprint", False, True, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("priority", False, False, ("enum", _E_CasePriority, "LOW, MEDIUM, HIGH")),
        ("due_at", False, True, ("str", None, None, None, (is_datetime, "date-time"), ())),
        ("tags", False, False, ("list", None, None, ("str", None, None, None, None, ()), False)),
        ("subject", False, False, ("model", validate_CaseSubjectReference)),
        ("links", False, False, ("list", None, None, ("obj",), False)),
        ("assigned_to", False, True, ("str", None, None, None, (is_uuid, "uuid"), ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_blueprints__create' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..enums import CaseAssignmentMethod
from ..models.cases import CaseContentConfig
from ..models.cases_blueprints__create import CaseBlueprintCreateRequest
from . import (
    Table,
    _E_CaseAssignmentMethod,
    _M_CaseAssignmentMethod,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)
from .cases import (
    structure_CaseContentConfig,
    unstructure_CaseContentConfig,
    validate_CaseContentConfig,
)

_U_CaseBlueprintCreateRequest: Table = (
    ("name", "name", None, True),
    ("description", "description", None, True),
    ("assignee_pool", "assignee_pool", None, True),
    (
        "assignment_method",
        "assignment_method",
        lambda v: v.value if isinstance(v, CaseAssignmentMethod) else v,
        False,
    ),
    ("max_active_cases", "max_active_cases", None, True),
    ("escalation_enabled", "escalation_enabled", None, False),
    ("escalation_blueprint", "escalation_blueprint", None, True),
    ("transfer_enabled", "transfer_enabled", None, False),
    ("four_eyes_checker_blueprint", "four_eyes_checker_blueprint", None, True),
    ("require_resolution_note", "require_resolution_note", None, False),
    (
        "content_config",
        "content_config",
        lambda v: unstructure_CaseContentConfig(v) if isinstance(v, CaseContentConfig) else v,
        False,
    ),
    ("is_active", "is_active", None, False),
)


def unstructure_CaseBlueprintCreateRequest(o: CaseBlueprintCreateRequest) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintCreateRequest)


def structure_CaseBlueprintCreateRequest(d: Any) -> CaseBlueprintCreateRequest:
    """Decode a JSON object into :class:`CaseBlueprintCreateRequest`."""
    v: Any
    o = new_object(CaseBlueprintCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "assignment_method" in vals:
        v = vals["assignment_method"]
        if v.__class__ is str:
            vals["assignment_method"] = _M_CaseAssignmentMethod[v]
    if "content_config" in vals:
        v = vals["content_config"]
        if v.__class__ is dict:
            vals["content_config"] = structure_CaseContentConfig(v)
    return o


def validate_CaseBlueprintCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseBlueprintCreateRequest."""
    check_model(d, at, _V_CaseBlueprintCreateRequest, _K_CaseBlueprintCreateRequest)


_K_CaseBlueprintCreateRequest = keys_of(_U_CaseBlueprintCreateRequest)

_V_CaseBlueprintCreateRequest: Any = (
    "CaseBlueprintCreateRequest",
    False,
    0,
    (
        ("name", True, False, ("str", None, 24, None, None, ())),
        ("description", False, True, ("str", None, None, None, None, ())),
        (
            "assignee_pool",
            True,
            False,
            ("list", 1, None, ("str", None, None, None, (is_uuid, "uuid"), ()), False),
        ),
        ("assignment_method", False, False, ("enum", _E_CaseAssignmentMethod, "MANUAL, AUTOMATIC")),
        ("max_active_cases", False, True, ("int", 1, None)),
        ("escalation_enabled", False, False, ("bool",)),
        ("escalation_blueprint", False, True, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("transfer_enabled", False, False, ("bool",)),
        (
            "four_eyes_checker_blueprint",
            False,
            True,
            ("str", None, None, None, (is_uuid, "uuid"), ()),
        ),
        ("require_resolution_note", False, False, ("bool",)),
        ("content_config", False, False, ("model", validate_CaseContentConfig)),
        ("is_active", False, False, ("bool",)),
    ),
    (),
)

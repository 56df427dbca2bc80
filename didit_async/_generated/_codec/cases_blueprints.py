# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_blueprints' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..enums import CaseAssignmentMethod
from ..models.cases import CaseContentConfig
from ..models.cases_blueprints import (
    CaseBlueprintCreateRequest,
    CaseBlueprintListItem,
    CaseBlueprintPage,
    CaseBlueprintPreset,
    CaseBlueprintPresetInstallRequest,
    CaseBlueprintPresetInstallResult,
    CaseBlueprintPresetList,
    CaseBlueprintUpdateRequest,
)
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


_U_CaseBlueprintListItem: Table = (
    ("uuid", "uuid", None, True),
    ("name", "name", None, False),
    ("description", "description", None, False),
    (
        "assignment_method",
        "assignment_method",
        lambda v: v.value if isinstance(v, CaseAssignmentMethod) else v,
        False,
    ),
    ("assignee_pool", "assignee_pool", None, False),
    ("max_active_cases", "max_active_cases", None, False),
    ("escalation_enabled", "escalation_enabled", None, False),
    ("transfer_enabled", "transfer_enabled", None, False),
    ("require_resolution_note", "require_resolution_note", None, False),
    ("is_active", "is_active", None, False),
    ("preset_key", "preset_key", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_CaseBlueprintListItem(o: CaseBlueprintListItem) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintListItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintListItem)


def structure_CaseBlueprintListItem(d: Any) -> CaseBlueprintListItem:
    """Decode a JSON object into :class:`CaseBlueprintListItem`."""
    v: Any
    o = new_object(CaseBlueprintListItem)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintListItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintListItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "assignment_method" in vals:
        v = vals["assignment_method"]
        if v.__class__ is str:
            vals["assignment_method"] = _M_CaseAssignmentMethod[v]
    return o


_U_CaseBlueprintPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_CaseBlueprintListItem(x) if isinstance(x, CaseBlueprintListItem) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_CaseBlueprintPage(o: CaseBlueprintPage) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintPage)


def structure_CaseBlueprintPage(d: Any) -> CaseBlueprintPage:
    """Decode a JSON object into :class:`CaseBlueprintPage`."""
    v: Any
    o = new_object(CaseBlueprintPage)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_CaseBlueprintListItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_CaseBlueprintPreset: Table = (
    ("preset_key", "preset_key", None, False),
    ("name", "name", None, False),
    ("description", "description", None, False),
    (
        "content_config",
        "content_config",
        lambda v: unstructure_CaseContentConfig(v) if isinstance(v, CaseContentConfig) else v,
        False,
    ),
    ("installed", "installed", None, False),
)


def unstructure_CaseBlueprintPreset(o: CaseBlueprintPreset) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintPreset` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintPreset)


def structure_CaseBlueprintPreset(d: Any) -> CaseBlueprintPreset:
    """Decode a JSON object into :class:`CaseBlueprintPreset`."""
    v: Any
    o = new_object(CaseBlueprintPreset)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintPreset.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintPreset
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "content_config" in vals:
        v = vals["content_config"]
        if v.__class__ is dict:
            vals["content_config"] = structure_CaseContentConfig(v)
    return o


_U_CaseBlueprintPresetInstallRequest: Table = (("preset_keys", "preset_keys", None, True),)


def unstructure_CaseBlueprintPresetInstallRequest(
    o: CaseBlueprintPresetInstallRequest,
) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintPresetInstallRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintPresetInstallRequest)


def structure_CaseBlueprintPresetInstallRequest(d: Any) -> CaseBlueprintPresetInstallRequest:
    """Decode a JSON object into :class:`CaseBlueprintPresetInstallRequest`."""
    o = new_object(CaseBlueprintPresetInstallRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintPresetInstallRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintPresetInstallRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseBlueprintPresetInstallRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseBlueprintPresetInstallRequest."""
    check_model(d, at, _V_CaseBlueprintPresetInstallRequest, _K_CaseBlueprintPresetInstallRequest)


_U_CaseBlueprintPresetInstallResult: Table = (("created", "created", None, False),)


def unstructure_CaseBlueprintPresetInstallResult(
    o: CaseBlueprintPresetInstallResult,
) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintPresetInstallResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintPresetInstallResult)


def structure_CaseBlueprintPresetInstallResult(d: Any) -> CaseBlueprintPresetInstallResult:
    """Decode a JSON object into :class:`CaseBlueprintPresetInstallResult`."""
    o = new_object(CaseBlueprintPresetInstallResult)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintPresetInstallResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintPresetInstallResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseBlueprintPresetList: Table = (
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_CaseBlueprintPreset(x) if isinstance(x, CaseBlueprintPreset) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_CaseBlueprintPresetList(o: CaseBlueprintPresetList) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintPresetList` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintPresetList)


def structure_CaseBlueprintPresetList(d: Any) -> CaseBlueprintPresetList:
    """Decode a JSON object into :class:`CaseBlueprintPresetList`."""
    v: Any
    o = new_object(CaseBlueprintPresetList)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintPresetList.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintPresetList
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_CaseBlueprintPreset(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_CaseBlueprintUpdateRequest: Table = (
    ("name", "name", None, False),
    ("description", "description", None, True),
    ("assignee_pool", "assignee_pool", None, False),
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


def unstructure_CaseBlueprintUpdateRequest(o: CaseBlueprintUpdateRequest) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintUpdateRequest)


def structure_CaseBlueprintUpdateRequest(d: Any) -> CaseBlueprintUpdateRequest:
    """Decode a JSON object into :class:`CaseBlueprintUpdateRequest`."""
    v: Any
    o = new_object(CaseBlueprintUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintUpdateRequest
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


def validate_CaseBlueprintUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseBlueprintUpdateRequest."""
    check_model(d, at, _V_CaseBlueprintUpdateRequest, _K_CaseBlueprintUpdateRequest)


_K_CaseBlueprintCreateRequest = keys_of(_U_CaseBlueprintCreateRequest)
_K_CaseBlueprintListItem = keys_of(_U_CaseBlueprintListItem)
_K_CaseBlueprintPage = keys_of(_U_CaseBlueprintPage)
_K_CaseBlueprintPreset = keys_of(_U_CaseBlueprintPreset)
_K_CaseBlueprintPresetInstallRequest = keys_of(_U_CaseBlueprintPresetInstallRequest)
_K_CaseBlueprintPresetInstallResult = keys_of(_U_CaseBlueprintPresetInstallResult)
_K_CaseBlueprintPresetList = keys_of(_U_CaseBlueprintPresetList)
_K_CaseBlueprintUpdateRequest = keys_of(_U_CaseBlueprintUpdateRequest)

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

_V_CaseBlueprintPresetInstallRequest: Any = (
    "CaseBlueprintPresetInstallRequest",
    False,
    0,
    (
        (
            "preset_keys",
            False,
            True,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
    ),
    (),
)

_V_CaseBlueprintUpdateRequest: Any = (
    "CaseBlueprintUpdateRequest",
    False,
    0,
    (
        ("name", False, False, ("str", None, 24, None, None, ())),
        ("description", False, True, ("str", None, None, None, None, ())),
        (
            "assignee_pool",
            False,
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_blueprints__install_presets' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.cases_blueprints__install_presets import (
    CaseBlueprintPresetInstallRequest,
    CaseBlueprintPresetInstallResult,
)
from . import Table, check_model, encode_by_table, keys_of, new_object

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


_K_CaseBlueprintPresetInstallRequest = keys_of(_U_CaseBlueprintPresetInstallRequest)
_K_CaseBlueprintPresetInstallResult = keys_of(_U_CaseBlueprintPresetInstallResult)

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

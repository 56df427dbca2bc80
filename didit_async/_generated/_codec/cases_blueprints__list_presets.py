# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_blueprints__list_presets' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.cases import CaseContentConfig
from ..models.cases_blueprints__list_presets import CaseBlueprintPreset, CaseBlueprintPresetList
from . import Table, encode_by_table, keys_of, new_object
from .cases import structure_CaseContentConfig, unstructure_CaseContentConfig

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


_K_CaseBlueprintPreset = keys_of(_U_CaseBlueprintPreset)
_K_CaseBlueprintPresetList = keys_of(_U_CaseBlueprintPresetList)

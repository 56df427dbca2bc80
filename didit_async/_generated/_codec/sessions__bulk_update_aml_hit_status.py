# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__bulk_update_aml_hit_status' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions__bulk_update_aml_hit_status import (
    AmlHitBulkUpdateItem,
    AmlHitBulkUpdateRequest,
    AmlHitBulkUpdateResult,
)
from . import Table, _E_inline152, check_model, encode_by_table, keys_of, new_object

_U_AmlHitBulkUpdateResult: Table = ()


def unstructure_AmlHitBulkUpdateResult(o: AmlHitBulkUpdateResult) -> dict[str, Any]:
    """Encode :class:`AmlHitBulkUpdateResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitBulkUpdateResult)


def structure_AmlHitBulkUpdateResult(d: Any) -> AmlHitBulkUpdateResult:
    """Decode a JSON object into :class:`AmlHitBulkUpdateResult`."""
    o = new_object(AmlHitBulkUpdateResult)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitBulkUpdateResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitBulkUpdateResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHitBulkUpdateItem: Table = (
    ("hit_id", "hit_id", None, True),
    ("review_status", "review_status", None, True),
)


def unstructure_AmlHitBulkUpdateItem(o: AmlHitBulkUpdateItem) -> dict[str, Any]:
    """Encode :class:`AmlHitBulkUpdateItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitBulkUpdateItem)


def structure_AmlHitBulkUpdateItem(d: Any) -> AmlHitBulkUpdateItem:
    """Decode a JSON object into :class:`AmlHitBulkUpdateItem`."""
    o = new_object(AmlHitBulkUpdateItem)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitBulkUpdateItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitBulkUpdateItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_AmlHitBulkUpdateItem(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlHitBulkUpdateItem."""
    check_model(d, at, _V_AmlHitBulkUpdateItem, _K_AmlHitBulkUpdateItem)


_U_AmlHitBulkUpdateRequest: Table = (
    (
        "hit_updates",
        "hit_updates",
        lambda v: (
            [
                unstructure_AmlHitBulkUpdateItem(x) if isinstance(x, AmlHitBulkUpdateItem) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    ("node_id", "node_id", None, False),
)


def unstructure_AmlHitBulkUpdateRequest(o: AmlHitBulkUpdateRequest) -> dict[str, Any]:
    """Encode :class:`AmlHitBulkUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitBulkUpdateRequest)


def structure_AmlHitBulkUpdateRequest(d: Any) -> AmlHitBulkUpdateRequest:
    """Decode a JSON object into :class:`AmlHitBulkUpdateRequest`."""
    v: Any
    o = new_object(AmlHitBulkUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitBulkUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitBulkUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "hit_updates" in vals:
        v = vals["hit_updates"]
        if v and v.__class__ is list:
            vals["hit_updates"] = [
                structure_AmlHitBulkUpdateItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


def validate_AmlHitBulkUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlHitBulkUpdateRequest."""
    check_model(d, at, _V_AmlHitBulkUpdateRequest, _K_AmlHitBulkUpdateRequest)


_K_AmlHitBulkUpdateResult = keys_of(_U_AmlHitBulkUpdateResult)
_K_AmlHitBulkUpdateItem = keys_of(_U_AmlHitBulkUpdateItem)
_K_AmlHitBulkUpdateRequest = keys_of(_U_AmlHitBulkUpdateRequest)

_V_AmlHitBulkUpdateItem: Any = (
    "AmlHitBulkUpdateItem",
    False,
    0,
    (
        ("hit_id", True, False, ("str", None, None, None, None, ())),
        (
            "review_status",
            True,
            False,
            ("enum", _E_inline152, "Unreviewed, Confirmed Match, False Positive, Inconclusive"),
        ),
    ),
    (),
)

_V_AmlHitBulkUpdateRequest: Any = (
    "AmlHitBulkUpdateRequest",
    False,
    0,
    (
        (
            "hit_updates",
            True,
            False,
            ("list", None, None, ("model", validate_AmlHitBulkUpdateItem), False),
        ),
        ("node_id", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

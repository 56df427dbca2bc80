# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_widget_sessions__retrieve_context' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.travel_rule_widget_sessions__retrieve_context import (
    TravelRuleWidgetContext,
    TravelRuleWidgetProofSummary,
)
from . import Table, encode_by_table, keys_of, new_object

_U_TravelRuleWidgetProofSummary: Table = (
    ("proof_id", "proof_id", None, False),
    ("method", "method", None, False),
    ("status", "status", None, False),
    ("wallet_address", "wallet_address", None, False),
    ("chain", "chain", None, False),
    ("deposit_address", "deposit_address", None, False),
    ("expected_amount", "expected_amount", None, False),
    ("expires_at", "expires_at", None, False),
    ("challenge", "challenge", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_TravelRuleWidgetProofSummary(o: TravelRuleWidgetProofSummary) -> dict[str, Any]:
    """Encode :class:`TravelRuleWidgetProofSummary` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleWidgetProofSummary)


def structure_TravelRuleWidgetProofSummary(d: Any) -> TravelRuleWidgetProofSummary:
    """Decode a JSON object into :class:`TravelRuleWidgetProofSummary`."""
    o = new_object(TravelRuleWidgetProofSummary)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWidgetProofSummary.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWidgetProofSummary
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleWidgetContext: Table = (
    ("vasp_name", "vasp_name", None, False),
    ("wallet_address", "wallet_address", None, False),
    ("chain", "chain", None, False),
    ("holder_name", "holder_name", None, False),
    ("allowed_methods", "allowed_methods", None, False),
    ("transfer_status", "transfer_status", None, False),
    ("callback_url", "callback_url", None, False),
    ("expires_at", "expires_at", None, False),
    ("completed_at", "completed_at", None, False),
    (
        "proofs",
        "proofs",
        lambda v: (
            [
                unstructure_TravelRuleWidgetProofSummary(x)
                if isinstance(x, TravelRuleWidgetProofSummary)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "customization",
        "customization",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TravelRuleWidgetContext(o: TravelRuleWidgetContext) -> dict[str, Any]:
    """Encode :class:`TravelRuleWidgetContext` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleWidgetContext)


def structure_TravelRuleWidgetContext(d: Any) -> TravelRuleWidgetContext:
    """Decode a JSON object into :class:`TravelRuleWidgetContext`."""
    v: Any
    o = new_object(TravelRuleWidgetContext)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWidgetContext.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWidgetContext
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "proofs" in vals:
        v = vals["proofs"]
        if v and v.__class__ is list:
            vals["proofs"] = [
                structure_TravelRuleWidgetProofSummary(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_TravelRuleWidgetProofSummary = keys_of(_U_TravelRuleWidgetProofSummary)
_K_TravelRuleWidgetContext = keys_of(_U_TravelRuleWidgetContext)

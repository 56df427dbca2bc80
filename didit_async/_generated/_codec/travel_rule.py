# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.travel_rule import (
    TravelRuleTransfer,
    TravelRuleTransferCounterpartyVasp,
    TravelRuleTransferTimelineItem,
)
from . import Table, encode_by_table, keys_of, new_object

_U_TravelRuleTransferTimelineItem: Table = (
    ("status", "status", None, False),
    ("at", "at", None, False),
    ("detail", "detail", None, False),
)


def unstructure_TravelRuleTransferTimelineItem(o: TravelRuleTransferTimelineItem) -> dict[str, Any]:
    """Encode :class:`TravelRuleTransferTimelineItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleTransferTimelineItem)


def structure_TravelRuleTransferTimelineItem(d: Any) -> TravelRuleTransferTimelineItem:
    """Decode a JSON object into :class:`TravelRuleTransferTimelineItem`."""
    o = new_object(TravelRuleTransferTimelineItem)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleTransferTimelineItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleTransferTimelineItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleTransferCounterpartyVasp: Table = (
    ("name", "name", None, False),
    ("lei", "lei", None, False),
    ("dd_score", "dd_score", None, False),
)


def unstructure_TravelRuleTransferCounterpartyVasp(
    o: TravelRuleTransferCounterpartyVasp,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleTransferCounterpartyVasp` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleTransferCounterpartyVasp)


def structure_TravelRuleTransferCounterpartyVasp(d: Any) -> TravelRuleTransferCounterpartyVasp:
    """Decode a JSON object into :class:`TravelRuleTransferCounterpartyVasp`."""
    o = new_object(TravelRuleTransferCounterpartyVasp)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleTransferCounterpartyVasp.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleTransferCounterpartyVasp
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleTransfer: Table = (
    ("uuid", "uuid", None, False),
    ("status", "status", None, False),
    ("direction", "direction", None, False),
    ("rail", "rail", None, False),
    ("protocol", "protocol", None, False),
    ("ivms_version", "ivms_version", None, False),
    ("required", "required", None, False),
    ("ownership_confirmed", "ownership_confirmed", None, False),
    ("deadline_at", "deadline_at", None, False),
    (
        "timeline",
        "timeline",
        lambda v: (
            [
                unstructure_TravelRuleTransferTimelineItem(x)
                if isinstance(x, TravelRuleTransferTimelineItem)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "counterparty_vasp",
        "counterparty_vasp",
        lambda v: (
            unstructure_TravelRuleTransferCounterpartyVasp(v)
            if isinstance(v, TravelRuleTransferCounterpartyVasp)
            else v
        ),
        False,
    ),
    (
        "originator_data",
        "originator_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "beneficiary_data",
        "beneficiary_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_TravelRuleTransfer(o: TravelRuleTransfer) -> dict[str, Any]:
    """Encode :class:`TravelRuleTransfer` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleTransfer)


def structure_TravelRuleTransfer(d: Any) -> TravelRuleTransfer:
    """Decode a JSON object into :class:`TravelRuleTransfer`."""
    v: Any
    o = new_object(TravelRuleTransfer)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleTransfer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleTransfer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "timeline" in vals:
        v = vals["timeline"]
        if v and v.__class__ is list:
            vals["timeline"] = [
                structure_TravelRuleTransferTimelineItem(x) if x.__class__ is dict else x for x in v
            ]
    if "counterparty_vasp" in vals:
        v = vals["counterparty_vasp"]
        if v.__class__ is dict:
            vals["counterparty_vasp"] = structure_TravelRuleTransferCounterpartyVasp(v)
    return o


_K_TravelRuleTransferTimelineItem = keys_of(_U_TravelRuleTransferTimelineItem)
_K_TravelRuleTransferCounterpartyVasp = keys_of(_U_TravelRuleTransferCounterpartyVasp)
_K_TravelRuleTransfer = keys_of(_U_TravelRuleTransfer)

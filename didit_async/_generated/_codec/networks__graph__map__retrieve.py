# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'networks__graph__map__retrieve' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import NetworkPatternType, NetworkSignalType, NetworkStatus
from ..models.networks import NetworkRiskDisplay
from ..models.networks__graph__map__retrieve import NetworkDetail
from . import (
    Table,
    _M_NetworkPatternType,
    _M_NetworkSignalType,
    _M_NetworkStatus,
    encode_by_table,
    keys_of,
    new_object,
)
from .networks import structure_NetworkRiskDisplay, unstructure_NetworkRiskDisplay

_U_NetworkDetail: Table = (
    ("uuid", "uuid", None, True),
    ("network_id", "network_id", None, False),
    ("name", "name", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, NetworkStatus) else v, False),
    (
        "risk",
        "risk",
        lambda v: unstructure_NetworkRiskDisplay(v) if isinstance(v, NetworkRiskDisplay) else v,
        False,
    ),
    (
        "pattern_types",
        "pattern_types",
        lambda v: (
            [x.value if isinstance(x, NetworkPatternType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "signal_types",
        "signal_types",
        lambda v: (
            [x.value if isinstance(x, NetworkSignalType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "member_counts",
        "member_counts",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "member_status",
        "member_status",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "signal_coverage",
        "signal_coverage",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("first_activity_at", "first_activity_at", None, False),
    ("last_activity_at", "last_activity_at", None, False),
    (
        "stats",
        "stats",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "fraud_tags",
        "fraud_tags",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "risk_signals",
        "risk_signals",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("reviewed_at", "reviewed_at", None, False),
    ("reviewed_by", "reviewed_by", None, False),
    ("review_reason", "review_reason", None, False),
)


def unstructure_NetworkDetail(o: NetworkDetail) -> dict[str, Any]:
    """Encode :class:`NetworkDetail` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkDetail)


def structure_NetworkDetail(d: Any) -> NetworkDetail:
    """Decode a JSON object into :class:`NetworkDetail`."""
    v: Any
    o = new_object(NetworkDetail)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkDetail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkDetail
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_NetworkStatus[v]
    if "risk" in vals:
        v = vals["risk"]
        if v.__class__ is dict:
            vals["risk"] = structure_NetworkRiskDisplay(v)
    if "pattern_types" in vals:
        v = vals["pattern_types"]
        if v and v.__class__ is list:
            vals["pattern_types"] = [
                _M_NetworkPatternType[x] if x.__class__ is str else x for x in v
            ]
    if "signal_types" in vals:
        v = vals["signal_types"]
        if v and v.__class__ is list:
            vals["signal_types"] = [_M_NetworkSignalType[x] if x.__class__ is str else x for x in v]
    return o


_K_NetworkDetail = keys_of(_U_NetworkDetail)

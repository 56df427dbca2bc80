# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'report_templates__update' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import RegulatoryReportType
from ..models.report_templates__update import ReportTemplateUpdateRequest
from . import (
    Table,
    _E_RegulatoryReportType,
    _M_RegulatoryReportType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_ReportTemplateUpdateRequest: Table = (
    ("name", "name", None, False),
    ("jurisdiction", "jurisdiction", None, False),
    (
        "report_type",
        "report_type",
        lambda v: v.value if isinstance(v, RegulatoryReportType) else v,
        False,
    ),
    (
        "field_config",
        "field_config",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_ReportTemplateUpdateRequest(o: ReportTemplateUpdateRequest) -> dict[str, Any]:
    """Encode :class:`ReportTemplateUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ReportTemplateUpdateRequest)


def structure_ReportTemplateUpdateRequest(d: Any) -> ReportTemplateUpdateRequest:
    """Decode a JSON object into :class:`ReportTemplateUpdateRequest`."""
    v: Any
    o = new_object(ReportTemplateUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ReportTemplateUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ReportTemplateUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "report_type" in vals:
        v = vals["report_type"]
        if v.__class__ is str:
            vals["report_type"] = _M_RegulatoryReportType[v]
    return o


def validate_ReportTemplateUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ReportTemplateUpdateRequest."""
    check_model(d, at, _V_ReportTemplateUpdateRequest, _K_ReportTemplateUpdateRequest)


_K_ReportTemplateUpdateRequest = keys_of(_U_ReportTemplateUpdateRequest)

_V_ReportTemplateUpdateRequest: Any = (
    "ReportTemplateUpdateRequest",
    False,
    0,
    (
        ("name", False, False, ("str", None, None, None, None, ())),
        ("jurisdiction", False, False, ("str", 2, 2, None, None, ())),
        (
            "report_type",
            False,
            False,
            ("enum", _E_RegulatoryReportType, "SAR, STR, CTR, TTR, UTR, IFT, CBR, TFR"),
        ),
        ("field_config", False, False, ("obj",)),
    ),
    (),
)

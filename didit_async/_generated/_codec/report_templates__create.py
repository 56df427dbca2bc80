# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'report_templates__create' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import RegulatoryReportType
from ..models.report_templates__create import ReportTemplateCreateRequest
from . import (
    Table,
    _E_RegulatoryReportType,
    _M_RegulatoryReportType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_ReportTemplateCreateRequest: Table = (
    ("name", "name", None, True),
    ("jurisdiction", "jurisdiction", None, True),
    (
        "report_type",
        "report_type",
        lambda v: v.value if isinstance(v, RegulatoryReportType) else v,
        True,
    ),
    (
        "field_config",
        "field_config",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_ReportTemplateCreateRequest(o: ReportTemplateCreateRequest) -> dict[str, Any]:
    """Encode :class:`ReportTemplateCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ReportTemplateCreateRequest)


def structure_ReportTemplateCreateRequest(d: Any) -> ReportTemplateCreateRequest:
    """Decode a JSON object into :class:`ReportTemplateCreateRequest`."""
    v: Any
    o = new_object(ReportTemplateCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ReportTemplateCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ReportTemplateCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "report_type" in vals:
        v = vals["report_type"]
        if v.__class__ is str:
            vals["report_type"] = _M_RegulatoryReportType[v]
    return o


def validate_ReportTemplateCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ReportTemplateCreateRequest."""
    check_model(d, at, _V_ReportTemplateCreateRequest, _K_ReportTemplateCreateRequest)


_K_ReportTemplateCreateRequest = keys_of(_U_ReportTemplateCreateRequest)

_V_ReportTemplateCreateRequest: Any = (
    "ReportTemplateCreateRequest",
    False,
    0,
    (
        ("name", True, False, ("str", None, None, None, None, ())),
        ("jurisdiction", True, False, ("str", 2, 2, None, None, ())),
        (
            "report_type",
            True,
            False,
            ("enum", _E_RegulatoryReportType, "SAR, STR, CTR, TTR, UTR, IFT, CBR, TFR"),
        ),
        ("field_config", False, False, ("obj",)),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'report_templates' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import RegulatoryReportType
from ..models.report_templates import ReportTemplateDetail
from . import Table, _M_RegulatoryReportType, encode_by_table, keys_of, new_object

_U_ReportTemplateDetail: Table = (
    ("uuid", "uuid", None, True),
    ("name", "name", None, False),
    ("jurisdiction", "jurisdiction", None, False),
    (
        "report_type",
        "report_type",
        lambda v: v.value if isinstance(v, RegulatoryReportType) else v,
        False,
    ),
    ("report_type_display", "report_type_display", None, False),
    (
        "field_config",
        "field_config",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_ReportTemplateDetail(o: ReportTemplateDetail) -> dict[str, Any]:
    """Encode :class:`ReportTemplateDetail` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ReportTemplateDetail)


def structure_ReportTemplateDetail(d: Any) -> ReportTemplateDetail:
    """Decode a JSON object into :class:`ReportTemplateDetail`."""
    v: Any
    o = new_object(ReportTemplateDetail)
    vals = o.__dict__
    vals.update(d)
    if _K_ReportTemplateDetail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ReportTemplateDetail
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "report_type" in vals:
        v = vals["report_type"]
        if v.__class__ is str:
            vals["report_type"] = _M_RegulatoryReportType[v]
    return o


_K_ReportTemplateDetail = keys_of(_U_ReportTemplateDetail)

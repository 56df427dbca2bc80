# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'report_templates' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import RegulatoryReportType
from ..models.report_templates import (
    ReportTemplateCreateRequest,
    ReportTemplateDetail,
    ReportTemplatePage,
    ReportTemplateUpdateRequest,
)
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


_U_ReportTemplatePage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_ReportTemplateDetail(x) if isinstance(x, ReportTemplateDetail) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_ReportTemplatePage(o: ReportTemplatePage) -> dict[str, Any]:
    """Encode :class:`ReportTemplatePage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ReportTemplatePage)


def structure_ReportTemplatePage(d: Any) -> ReportTemplatePage:
    """Decode a JSON object into :class:`ReportTemplatePage`."""
    v: Any
    o = new_object(ReportTemplatePage)
    vals = o.__dict__
    vals.update(d)
    if _K_ReportTemplatePage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ReportTemplatePage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_ReportTemplateDetail(x) if x.__class__ is dict else x for x in v
            ]
    return o


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


_K_ReportTemplateCreateRequest = keys_of(_U_ReportTemplateCreateRequest)
_K_ReportTemplateDetail = keys_of(_U_ReportTemplateDetail)
_K_ReportTemplatePage = keys_of(_U_ReportTemplatePage)
_K_ReportTemplateUpdateRequest = keys_of(_U_ReportTemplateUpdateRequest)

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

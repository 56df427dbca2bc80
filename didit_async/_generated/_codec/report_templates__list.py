# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'report_templates__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.report_templates import ReportTemplateDetail
from ..models.report_templates__list import ReportTemplatePage
from . import Table, encode_by_table, keys_of, new_object
from .report_templates import structure_ReportTemplateDetail, unstructure_ReportTemplateDetail

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


_K_ReportTemplatePage = keys_of(_U_ReportTemplatePage)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'regulatory_reports__get_download_url' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import RegulatoryReportFileFormat
from ..models.regulatory_reports__get_download_url import RegulatoryReportDownloadUrl
from . import Table, _M_RegulatoryReportFileFormat, encode_by_table, keys_of, new_object

_U_RegulatoryReportDownloadUrl: Table = (
    ("download_url", "download_url", None, False),
    ("file", "file", lambda v: v.value if isinstance(v, RegulatoryReportFileFormat) else v, False),
)


def unstructure_RegulatoryReportDownloadUrl(o: RegulatoryReportDownloadUrl) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportDownloadUrl` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportDownloadUrl)


def structure_RegulatoryReportDownloadUrl(d: Any) -> RegulatoryReportDownloadUrl:
    """Decode a JSON object into :class:`RegulatoryReportDownloadUrl`."""
    v: Any
    o = new_object(RegulatoryReportDownloadUrl)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportDownloadUrl.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportDownloadUrl
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "file" in vals:
        v = vals["file"]
        if v.__class__ is str:
            vals["file"] = _M_RegulatoryReportFileFormat[v]
    return o


_K_RegulatoryReportDownloadUrl = keys_of(_U_RegulatoryReportDownloadUrl)

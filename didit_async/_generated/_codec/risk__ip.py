# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'risk__ip' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.risk__ip import IpRiskReport, IpRiskRequest, IpRiskResponse
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_IpRiskRequest: Table = (
    ("ip_address", "ip_address", None, True),
    ("claimed_country", "claimed_country", None, False),
    ("user_agent", "user_agent", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
)


def unstructure_IpRiskRequest(o: IpRiskRequest) -> dict[str, Any]:
    """Encode :class:`IpRiskRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpRiskRequest)


def structure_IpRiskRequest(d: Any) -> IpRiskRequest:
    """Decode a JSON object into :class:`IpRiskRequest`."""
    o = new_object(IpRiskRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_IpRiskRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpRiskRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_IpRiskRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid IpRiskRequest."""
    check_model(d, at, _V_IpRiskRequest, _K_IpRiskRequest)


_U_IpRiskReport: Table = (
    ("status", "status", None, True),
    ("ip_address", "ip_address", None, False),
    ("ip_country", "ip_country", None, False),
    ("ip_country_code", "ip_country_code", None, False),
    ("ip_state", "ip_state", None, False),
    ("ip_city", "ip_city", None, False),
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
    ("isp", "isp", None, False),
    ("organization", "organization", None, False),
    ("is_vpn_or_tor", "is_vpn_or_tor", None, False),
    ("is_data_center", "is_data_center", None, False),
    ("time_zone", "time_zone", None, False),
    ("time_zone_offset", "time_zone_offset", None, False),
    ("asn_number", "asn_number", None, False),
    ("asn_organization", "asn_organization", None, False),
    ("connection_type", "connection_type", None, False),
    ("carrier", "carrier", None, False),
    ("proxy_type", "proxy_type", None, False),
    ("claimed_country", "claimed_country", None, False),
    ("country_mismatch", "country_mismatch", None, False),
    (
        "threat",
        "threat",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
)


def unstructure_IpRiskReport(o: IpRiskReport) -> dict[str, Any]:
    """Encode :class:`IpRiskReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpRiskReport)


def structure_IpRiskReport(d: Any) -> IpRiskReport:
    """Decode a JSON object into :class:`IpRiskReport`."""
    o = new_object(IpRiskReport)
    vals = o.__dict__
    vals.update(d)
    if _K_IpRiskReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpRiskReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IpRiskResponse: Table = (
    ("request_id", "request_id", None, True),
    ("status", "status", None, True),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, True),
    (
        "ip",
        "ip",
        lambda v: unstructure_IpRiskReport(v) if isinstance(v, IpRiskReport) else v,
        False,
    ),
)


def unstructure_IpRiskResponse(o: IpRiskResponse) -> dict[str, Any]:
    """Encode :class:`IpRiskResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IpRiskResponse)


def structure_IpRiskResponse(d: Any) -> IpRiskResponse:
    """Decode a JSON object into :class:`IpRiskResponse`."""
    v: Any
    o = new_object(IpRiskResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_IpRiskResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpRiskResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "ip" in vals:
        v = vals["ip"]
        if v.__class__ is dict:
            vals["ip"] = structure_IpRiskReport(v)
    return o


_K_IpRiskRequest = keys_of(_U_IpRiskRequest)
_K_IpRiskReport = keys_of(_U_IpRiskReport)
_K_IpRiskResponse = keys_of(_U_IpRiskResponse)

_V_IpRiskRequest: Any = (
    "IpRiskRequest",
    False,
    0,
    (
        ("ip_address", True, False, ("str", None, None, None, None, ())),
        ("claimed_country", False, False, ("str", None, 3, None, None, ())),
        ("user_agent", False, False, ("str", None, 512, None, None, ())),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, True, ("obj",)),
    ),
    (),
)

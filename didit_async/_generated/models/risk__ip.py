# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'risk__ip' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from didit_async._seam import UNSET, Unset


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpRiskRequest:
    """IpRiskRequest"""

    ip_address: str
    claimed_country: str | None = attrs.field(default=None)
    user_agent: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpRiskReport:
    """IpRiskReport"""

    status: str
    threat: dict[str, Any]
    ip_address: str | None = attrs.field(default=None)
    ip_country: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    ip_state: str | None = attrs.field(default=None)
    ip_city: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    isp: str | None = attrs.field(default=None)
    organization: str | None = attrs.field(default=None)
    is_vpn_or_tor: bool | None = attrs.field(default=None)
    is_data_center: bool | None = attrs.field(default=None)
    time_zone: str | None = attrs.field(default=None)
    time_zone_offset: str | None = attrs.field(default=None)
    asn_number: float | None = attrs.field(default=None)
    asn_organization: str | None = attrs.field(default=None)
    connection_type: str | None = attrs.field(default=None)
    carrier: str | None = attrs.field(default=None)
    proxy_type: str | None = attrs.field(default=None)
    claimed_country: str | None = attrs.field(default=None)
    country_mismatch: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpRiskResponse:
    """IpRiskResponse"""

    request_id: str
    status: str
    created_at: str
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    ip: IpRiskReport | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'risk__phone' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from didit_async._seam import UNSET, Unset

from .risk__email__phone import (
    RiskLifecycleEvent,
    RiskSignals,
    RiskSocialFootprintCategory,
    RiskSocialFootprintPlatform,
    RiskSocialFootprintProfile,
    RiskWarning,
)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskRequest:
    """PhoneRiskRequest"""

    phone_number: str
    country_code: str | None = attrs.field(default=None)
    signals: RiskSignals | Mapping[str, Any] | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    enable_social: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskReportCarrier:
    """PhoneRiskReportCarrier"""

    name: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskMatch:
    """PhoneRiskMatch"""

    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    verification_date: str | None = attrs.field(default=None)
    phone_number: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    is_blocklisted: bool | None = attrs.field(default=None)
    api_service: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskIntelligence:
    """PhoneRiskIntelligence"""

    score: float | None = attrs.field(default=None)
    phone_type_risk: str | None = attrs.field(default=None)
    phone_trust_index: float | None = attrs.field(default=None)
    network_stability_index: float | None = attrs.field(default=None)
    is_disposable: bool | None = attrs.field(default=None)
    is_ported: bool | None = attrs.field(default=None)
    is_recently_ported: bool | None = attrs.field(default=None)
    carrier_type: str | None = attrs.field(default=None)
    reason_codes: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskSocialFootprint:
    """PhoneRiskSocialFootprint"""

    profiles_registered: int | None = attrs.field(default=None)
    profiles_checked: int | None = attrs.field(default=None)
    names_found: int | None = attrs.field(default=None)
    photos_found: int | None = attrs.field(default=None)
    communication_breadth: int | None = attrs.field(default=None)
    digital_footprint_diversity: int | None = attrs.field(default=None)
    digital_sophistication_index: int | None = attrs.field(default=None)
    engagement_depth_index: int | None = attrs.field(default=None)
    subscription_affordability_index: int | None = attrs.field(default=None)
    free_platforms: int | None = attrs.field(default=None)
    full_paid_platforms: int | None = attrs.field(default=None)
    partial_paid_platforms: int | None = attrs.field(default=None)
    whatsapp_profile_completeness: str | None = attrs.field(default=None)
    registered_platforms: list[RiskSocialFootprintPlatform] | None = attrs.field(default=None)
    not_registered_platforms: list[RiskSocialFootprintPlatform] | None = attrs.field(default=None)
    categories: dict[str, RiskSocialFootprintCategory] | None = attrs.field(default=None)
    profiles: dict[str, RiskSocialFootprintProfile] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskReport:
    """PhoneRiskReport"""

    status: str
    phone_number_prefix: str | None = attrs.field(default=None)
    phone_number: str | None = attrs.field(default=None)
    full_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    country_name: str | None = attrs.field(default=None)
    carrier: PhoneRiskReportCarrier | None = attrs.field(default=None)
    is_disposable: bool | None = attrs.field(default=None)
    is_virtual: bool | None = attrs.field(default=None)
    verification_method: str | None = attrs.field(default=None)
    verification_attempts: int | None = attrs.field(default=None)
    verified_at: str | None = attrs.field(default=None)
    warnings: list[RiskWarning] | None = attrs.field(default=None)
    lifecycle: list[RiskLifecycleEvent] | None = attrs.field(default=None)
    matches: list[PhoneRiskMatch] | None = attrs.field(default=None)
    phone_intelligence: PhoneRiskIntelligence | None = attrs.field(default=None)
    enrichment: PhoneRiskIntelligence | None = attrs.field(default=None)
    phone_social: PhoneRiskSocialFootprint | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskResponse:
    """PhoneRiskResponse"""

    request_id: str
    status: str
    created_at: str
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    phone: PhoneRiskReport | None = attrs.field(default=None)
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

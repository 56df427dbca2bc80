# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'risk__phone' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.risk__email__phone import (
    RiskLifecycleEvent,
    RiskSignals,
    RiskSocialFootprintCategory,
    RiskSocialFootprintPlatform,
    RiskSocialFootprintProfile,
    RiskWarning,
)
from ..models.risk__phone import (
    PhoneRiskIntelligence,
    PhoneRiskMatch,
    PhoneRiskReport,
    PhoneRiskReportCarrier,
    PhoneRiskRequest,
    PhoneRiskResponse,
    PhoneRiskSocialFootprint,
)
from . import Table, check_model, encode_by_table, keys_of, new_object
from .risk__email__phone import (
    structure_RiskLifecycleEvent,
    structure_RiskSignals,
    structure_RiskSocialFootprintCategory,
    structure_RiskSocialFootprintPlatform,
    structure_RiskSocialFootprintProfile,
    structure_RiskWarning,
    unstructure_RiskLifecycleEvent,
    unstructure_RiskSignals,
    unstructure_RiskSocialFootprintCategory,
    unstructure_RiskSocialFootprintPlatform,
    unstructure_RiskSocialFootprintProfile,
    unstructure_RiskWarning,
    validate_RiskSignals,
)

_U_PhoneRiskRequest: Table = (
    ("phone_number", "phone_number", None, True),
    ("country_code", "country_code", None, False),
    (
        "signals",
        "signals",
        lambda v: unstructure_RiskSignals(v) if isinstance(v, RiskSignals) else v,
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("enable_social", "enable_social", None, False),
)


def unstructure_PhoneRiskRequest(o: PhoneRiskRequest) -> dict[str, Any]:
    """Encode :class:`PhoneRiskRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneRiskRequest)


def structure_PhoneRiskRequest(d: Any) -> PhoneRiskRequest:
    """Decode a JSON object into :class:`PhoneRiskRequest`."""
    v: Any
    o = new_object(PhoneRiskRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "signals" in vals:
        v = vals["signals"]
        if v.__class__ is dict:
            vals["signals"] = structure_RiskSignals(v)
    return o


def validate_PhoneRiskRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PhoneRiskRequest."""
    check_model(d, at, _V_PhoneRiskRequest, _K_PhoneRiskRequest)


_U_PhoneRiskReportCarrier: Table = (
    ("name", "name", None, False),
    ("type", "type", None, False),
)


def unstructure_PhoneRiskReportCarrier(o: PhoneRiskReportCarrier) -> dict[str, Any]:
    """Encode :class:`PhoneRiskReportCarrier` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneRiskReportCarrier)


def structure_PhoneRiskReportCarrier(d: Any) -> PhoneRiskReportCarrier:
    """Decode a JSON object into :class:`PhoneRiskReportCarrier`."""
    o = new_object(PhoneRiskReportCarrier)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskReportCarrier.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskReportCarrier
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PhoneRiskMatch: Table = (
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("verification_date", "verification_date", None, False),
    ("phone_number", "phone_number", None, False),
    ("status", "status", None, False),
    ("is_blocklisted", "is_blocklisted", None, False),
    ("api_service", "api_service", None, False),
    ("source", "source", None, False),
)


def unstructure_PhoneRiskMatch(o: PhoneRiskMatch) -> dict[str, Any]:
    """Encode :class:`PhoneRiskMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneRiskMatch)


def structure_PhoneRiskMatch(d: Any) -> PhoneRiskMatch:
    """Decode a JSON object into :class:`PhoneRiskMatch`."""
    o = new_object(PhoneRiskMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PhoneRiskIntelligence: Table = (
    ("score", "score", None, False),
    ("phone_type_risk", "phone_type_risk", None, False),
    ("phone_trust_index", "phone_trust_index", None, False),
    ("network_stability_index", "network_stability_index", None, False),
    ("is_disposable", "is_disposable", None, False),
    ("is_ported", "is_ported", None, False),
    ("is_recently_ported", "is_recently_ported", None, False),
    ("carrier_type", "carrier_type", None, False),
    ("reason_codes", "reason_codes", None, False),
)


def unstructure_PhoneRiskIntelligence(o: PhoneRiskIntelligence) -> dict[str, Any]:
    """Encode :class:`PhoneRiskIntelligence` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneRiskIntelligence)


def structure_PhoneRiskIntelligence(d: Any) -> PhoneRiskIntelligence:
    """Decode a JSON object into :class:`PhoneRiskIntelligence`."""
    o = new_object(PhoneRiskIntelligence)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskIntelligence.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskIntelligence
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PhoneRiskSocialFootprint: Table = (
    ("profiles_registered", "profiles_registered", None, False),
    ("profiles_checked", "profiles_checked", None, False),
    ("names_found", "names_found", None, False),
    ("photos_found", "photos_found", None, False),
    ("communication_breadth", "communication_breadth", None, False),
    ("digital_footprint_diversity", "digital_footprint_diversity", None, False),
    ("digital_sophistication_index", "digital_sophistication_index", None, False),
    ("engagement_depth_index", "engagement_depth_index", None, False),
    ("subscription_affordability_index", "subscription_affordability_index", None, False),
    ("free_platforms", "free_platforms", None, False),
    ("full_paid_platforms", "full_paid_platforms", None, False),
    ("partial_paid_platforms", "partial_paid_platforms", None, False),
    ("whatsapp_profile_completeness", "whatsapp_profile_completeness", None, False),
    (
        "registered_platforms",
        "registered_platforms",
        lambda v: (
            [
                unstructure_RiskSocialFootprintPlatform(x)
                if isinstance(x, RiskSocialFootprintPlatform)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "not_registered_platforms",
        "not_registered_platforms",
        lambda v: (
            [
                unstructure_RiskSocialFootprintPlatform(x)
                if isinstance(x, RiskSocialFootprintPlatform)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "categories",
        "categories",
        lambda v: (
            {
                k: unstructure_RiskSocialFootprintCategory(x)
                if isinstance(x, RiskSocialFootprintCategory)
                else x
                for k, x in v.items()
            }
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    (
        "profiles",
        "profiles",
        lambda v: (
            {
                k: unstructure_RiskSocialFootprintProfile(x)
                if isinstance(x, RiskSocialFootprintProfile)
                else x
                for k, x in v.items()
            }
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
)


def unstructure_PhoneRiskSocialFootprint(o: PhoneRiskSocialFootprint) -> dict[str, Any]:
    """Encode :class:`PhoneRiskSocialFootprint` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneRiskSocialFootprint)


def structure_PhoneRiskSocialFootprint(d: Any) -> PhoneRiskSocialFootprint:
    """Decode a JSON object into :class:`PhoneRiskSocialFootprint`."""
    v: Any
    o = new_object(PhoneRiskSocialFootprint)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskSocialFootprint.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskSocialFootprint
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "registered_platforms" in vals:
        v = vals["registered_platforms"]
        if v and v.__class__ is list:
            vals["registered_platforms"] = [
                structure_RiskSocialFootprintPlatform(x) if x.__class__ is dict else x for x in v
            ]
    if "not_registered_platforms" in vals:
        v = vals["not_registered_platforms"]
        if v and v.__class__ is list:
            vals["not_registered_platforms"] = [
                structure_RiskSocialFootprintPlatform(x) if x.__class__ is dict else x for x in v
            ]
    if "categories" in vals:
        v = vals["categories"]
        if v and v.__class__ is dict:
            vals["categories"] = {
                k: structure_RiskSocialFootprintCategory(x) if x.__class__ is dict else x
                for k, x in v.items()
            }
    if "profiles" in vals:
        v = vals["profiles"]
        if v and v.__class__ is dict:
            vals["profiles"] = {
                k: structure_RiskSocialFootprintProfile(x) if x.__class__ is dict else x
                for k, x in v.items()
            }
    return o


_U_PhoneRiskReport: Table = (
    ("status", "status", None, True),
    ("phone_number_prefix", "phone_number_prefix", None, False),
    ("phone_number", "phone_number", None, False),
    ("full_number", "full_number", None, False),
    ("country_code", "country_code", None, False),
    ("country_name", "country_name", None, False),
    (
        "carrier",
        "carrier",
        lambda v: (
            unstructure_PhoneRiskReportCarrier(v) if isinstance(v, PhoneRiskReportCarrier) else v
        ),
        False,
    ),
    ("is_disposable", "is_disposable", None, False),
    ("is_virtual", "is_virtual", None, False),
    ("verification_method", "verification_method", None, False),
    ("verification_attempts", "verification_attempts", None, False),
    ("verified_at", "verified_at", None, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_RiskWarning(x) if isinstance(x, RiskWarning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "lifecycle",
        "lifecycle",
        lambda v: (
            [
                unstructure_RiskLifecycleEvent(x) if isinstance(x, RiskLifecycleEvent) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "matches",
        "matches",
        lambda v: (
            [unstructure_PhoneRiskMatch(x) if isinstance(x, PhoneRiskMatch) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "phone_intelligence",
        "phone_intelligence",
        lambda v: (
            unstructure_PhoneRiskIntelligence(v) if isinstance(v, PhoneRiskIntelligence) else v
        ),
        False,
    ),
    (
        "enrichment",
        "enrichment",
        lambda v: (
            unstructure_PhoneRiskIntelligence(v) if isinstance(v, PhoneRiskIntelligence) else v
        ),
        False,
    ),
    (
        "phone_social",
        "phone_social",
        lambda v: (
            unstructure_PhoneRiskSocialFootprint(v)
            if isinstance(v, PhoneRiskSocialFootprint)
            else v
        ),
        False,
    ),
)


def unstructure_PhoneRiskReport(o: PhoneRiskReport) -> dict[str, Any]:
    """Encode :class:`PhoneRiskReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneRiskReport)


def structure_PhoneRiskReport(d: Any) -> PhoneRiskReport:
    """Decode a JSON object into :class:`PhoneRiskReport`."""
    v: Any
    o = new_object(PhoneRiskReport)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "carrier" in vals:
        v = vals["carrier"]
        if v.__class__ is dict:
            vals["carrier"] = structure_PhoneRiskReportCarrier(v)
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_RiskWarning(x) if x.__class__ is dict else x for x in v]
    if "lifecycle" in vals:
        v = vals["lifecycle"]
        if v and v.__class__ is list:
            vals["lifecycle"] = [
                structure_RiskLifecycleEvent(x) if x.__class__ is dict else x for x in v
            ]
    if "matches" in vals:
        v = vals["matches"]
        if v and v.__class__ is list:
            vals["matches"] = [structure_PhoneRiskMatch(x) if x.__class__ is dict else x for x in v]
    if "phone_intelligence" in vals:
        v = vals["phone_intelligence"]
        if v.__class__ is dict:
            vals["phone_intelligence"] = structure_PhoneRiskIntelligence(v)
    if "enrichment" in vals:
        v = vals["enrichment"]
        if v.__class__ is dict:
            vals["enrichment"] = structure_PhoneRiskIntelligence(v)
    if "phone_social" in vals:
        v = vals["phone_social"]
        if v.__class__ is dict:
            vals["phone_social"] = structure_PhoneRiskSocialFootprint(v)
    return o


_U_PhoneRiskResponse: Table = (
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
        "phone",
        "phone",
        lambda v: unstructure_PhoneRiskReport(v) if isinstance(v, PhoneRiskReport) else v,
        False,
    ),
)


def unstructure_PhoneRiskResponse(o: PhoneRiskResponse) -> dict[str, Any]:
    """Encode :class:`PhoneRiskResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneRiskResponse)


def structure_PhoneRiskResponse(d: Any) -> PhoneRiskResponse:
    """Decode a JSON object into :class:`PhoneRiskResponse`."""
    v: Any
    o = new_object(PhoneRiskResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "phone" in vals:
        v = vals["phone"]
        if v.__class__ is dict:
            vals["phone"] = structure_PhoneRiskReport(v)
    return o


_K_PhoneRiskRequest = keys_of(_U_PhoneRiskRequest)
_K_PhoneRiskReportCarrier = keys_of(_U_PhoneRiskReportCarrier)
_K_PhoneRiskMatch = keys_of(_U_PhoneRiskMatch)
_K_PhoneRiskIntelligence = keys_of(_U_PhoneRiskIntelligence)
_K_PhoneRiskSocialFootprint = keys_of(_U_PhoneRiskSocialFootprint)
_K_PhoneRiskReport = keys_of(_U_PhoneRiskReport)
_K_PhoneRiskResponse = keys_of(_U_PhoneRiskResponse)

_V_PhoneRiskRequest: Any = (
    "PhoneRiskRequest",
    False,
    0,
    (
        ("phone_number", True, False, ("str", None, 20, None, None, ())),
        ("country_code", False, False, ("str", None, 3, None, None, ())),
        ("signals", False, False, ("model", validate_RiskSignals)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, True, ("obj",)),
        ("enable_social", False, False, ("bool",)),
    ),
    (),
)

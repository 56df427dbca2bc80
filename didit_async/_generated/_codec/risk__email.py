# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'risk__email' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_email

from ..models.risk__email import (
    EmailRiskIntelligence,
    EmailRiskMatch,
    EmailRiskReport,
    EmailRiskReportBreach,
    EmailRiskRequest,
    EmailRiskResponse,
    EmailRiskSocialFootprint,
)
from ..models.risk__email__phone import (
    RiskLifecycleEvent,
    RiskSignals,
    RiskSocialFootprintCategory,
    RiskSocialFootprintPlatform,
    RiskSocialFootprintProfile,
    RiskWarning,
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

_U_EmailRiskRequest: Table = (
    ("email", "email", None, True),
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


def unstructure_EmailRiskRequest(o: EmailRiskRequest) -> dict[str, Any]:
    """Encode :class:`EmailRiskRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailRiskRequest)


def structure_EmailRiskRequest(d: Any) -> EmailRiskRequest:
    """Decode a JSON object into :class:`EmailRiskRequest`."""
    v: Any
    o = new_object(EmailRiskRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "signals" in vals:
        v = vals["signals"]
        if v.__class__ is dict:
            vals["signals"] = structure_RiskSignals(v)
    return o


def validate_EmailRiskRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EmailRiskRequest."""
    check_model(d, at, _V_EmailRiskRequest, _K_EmailRiskRequest)


_U_EmailRiskReportBreach: Table = (
    ("name", "name", None, False),
    ("domain", "domain", None, False),
    ("breach_date", "breach_date", None, False),
    ("breach_emails_count", "breach_emails_count", None, False),
    ("description", "description", None, False),
    ("logo_path", "logo_path", None, False),
    ("data_classes", "data_classes", None, False),
    ("is_verified", "is_verified", None, False),
)


def unstructure_EmailRiskReportBreach(o: EmailRiskReportBreach) -> dict[str, Any]:
    """Encode :class:`EmailRiskReportBreach` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailRiskReportBreach)


def structure_EmailRiskReportBreach(d: Any) -> EmailRiskReportBreach:
    """Decode a JSON object into :class:`EmailRiskReportBreach`."""
    o = new_object(EmailRiskReportBreach)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskReportBreach.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskReportBreach
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailRiskMatch: Table = (
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("verification_date", "verification_date", None, False),
    ("email", "email", None, False),
    ("status", "status", None, False),
    ("is_blocklisted", "is_blocklisted", None, False),
    ("api_service", "api_service", None, False),
    ("source", "source", None, False),
)


def unstructure_EmailRiskMatch(o: EmailRiskMatch) -> dict[str, Any]:
    """Encode :class:`EmailRiskMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailRiskMatch)


def structure_EmailRiskMatch(d: Any) -> EmailRiskMatch:
    """Decode a JSON object into :class:`EmailRiskMatch`."""
    o = new_object(EmailRiskMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailRiskIntelligence: Table = (
    ("score", "score", None, False),
    ("deliverable", "deliverable", None, False),
    ("breach_risk_level", "breach_risk_level", None, False),
    ("breach_risk_index", "breach_risk_index", None, False),
    ("is_recent_breach", "is_recent_breach", None, False),
    ("is_frequent_breached", "is_frequent_breached", None, False),
    ("is_disposable", "is_disposable", None, False),
    ("is_free_domain", "is_free_domain", None, False),
    ("is_breached", "is_breached", None, False),
    ("no_of_breaches", "no_of_breaches", None, False),
    ("reason_codes", "reason_codes", None, False),
)


def unstructure_EmailRiskIntelligence(o: EmailRiskIntelligence) -> dict[str, Any]:
    """Encode :class:`EmailRiskIntelligence` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailRiskIntelligence)


def structure_EmailRiskIntelligence(d: Any) -> EmailRiskIntelligence:
    """Decode a JSON object into :class:`EmailRiskIntelligence`."""
    o = new_object(EmailRiskIntelligence)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskIntelligence.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskIntelligence
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailRiskSocialFootprint: Table = (
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


def unstructure_EmailRiskSocialFootprint(o: EmailRiskSocialFootprint) -> dict[str, Any]:
    """Encode :class:`EmailRiskSocialFootprint` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailRiskSocialFootprint)


def structure_EmailRiskSocialFootprint(d: Any) -> EmailRiskSocialFootprint:
    """Decode a JSON object into :class:`EmailRiskSocialFootprint`."""
    v: Any
    o = new_object(EmailRiskSocialFootprint)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskSocialFootprint.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskSocialFootprint
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


_U_EmailRiskReport: Table = (
    ("status", "status", None, True),
    ("email", "email", None, True),
    ("is_breached", "is_breached", None, True),
    (
        "breaches",
        "breaches",
        lambda v: (
            [
                unstructure_EmailRiskReportBreach(x) if isinstance(x, EmailRiskReportBreach) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    ("is_disposable", "is_disposable", None, True),
    ("is_undeliverable", "is_undeliverable", None, True),
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
            [unstructure_EmailRiskMatch(x) if isinstance(x, EmailRiskMatch) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "email_intelligence",
        "email_intelligence",
        lambda v: (
            unstructure_EmailRiskIntelligence(v) if isinstance(v, EmailRiskIntelligence) else v
        ),
        False,
    ),
    (
        "enrichment",
        "enrichment",
        lambda v: (
            unstructure_EmailRiskIntelligence(v) if isinstance(v, EmailRiskIntelligence) else v
        ),
        False,
    ),
    (
        "email_social",
        "email_social",
        lambda v: (
            unstructure_EmailRiskSocialFootprint(v)
            if isinstance(v, EmailRiskSocialFootprint)
            else v
        ),
        False,
    ),
)


def unstructure_EmailRiskReport(o: EmailRiskReport) -> dict[str, Any]:
    """Encode :class:`EmailRiskReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailRiskReport)


def structure_EmailRiskReport(d: Any) -> EmailRiskReport:
    """Decode a JSON object into :class:`EmailRiskReport`."""
    v: Any
    o = new_object(EmailRiskReport)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "breaches" in vals:
        v = vals["breaches"]
        if v and v.__class__ is list:
            vals["breaches"] = [
                structure_EmailRiskReportBreach(x) if x.__class__ is dict else x for x in v
            ]
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
            vals["matches"] = [structure_EmailRiskMatch(x) if x.__class__ is dict else x for x in v]
    if "email_intelligence" in vals:
        v = vals["email_intelligence"]
        if v.__class__ is dict:
            vals["email_intelligence"] = structure_EmailRiskIntelligence(v)
    if "enrichment" in vals:
        v = vals["enrichment"]
        if v.__class__ is dict:
            vals["enrichment"] = structure_EmailRiskIntelligence(v)
    if "email_social" in vals:
        v = vals["email_social"]
        if v.__class__ is dict:
            vals["email_social"] = structure_EmailRiskSocialFootprint(v)
    return o


_U_EmailRiskResponse: Table = (
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
        "email",
        "email",
        lambda v: unstructure_EmailRiskReport(v) if isinstance(v, EmailRiskReport) else v,
        False,
    ),
)


def unstructure_EmailRiskResponse(o: EmailRiskResponse) -> dict[str, Any]:
    """Encode :class:`EmailRiskResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailRiskResponse)


def structure_EmailRiskResponse(d: Any) -> EmailRiskResponse:
    """Decode a JSON object into :class:`EmailRiskResponse`."""
    v: Any
    o = new_object(EmailRiskResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "email" in vals:
        v = vals["email"]
        if v.__class__ is dict:
            vals["email"] = structure_EmailRiskReport(v)
    return o


_K_EmailRiskRequest = keys_of(_U_EmailRiskRequest)
_K_EmailRiskReportBreach = keys_of(_U_EmailRiskReportBreach)
_K_EmailRiskMatch = keys_of(_U_EmailRiskMatch)
_K_EmailRiskIntelligence = keys_of(_U_EmailRiskIntelligence)
_K_EmailRiskSocialFootprint = keys_of(_U_EmailRiskSocialFootprint)
_K_EmailRiskReport = keys_of(_U_EmailRiskReport)
_K_EmailRiskResponse = keys_of(_U_EmailRiskResponse)

_V_EmailRiskRequest: Any = (
    "EmailRiskRequest",
    False,
    0,
    (
        ("email", True, False, ("str", None, None, None, (is_email, "email"), ())),
        ("country_code", False, False, ("str", None, 3, None, None, ())),
        ("signals", False, False, ("model", validate_RiskSignals)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, True, ("obj",)),
        ("enable_social", False, False, ("bool",)),
    ),
    (),
)

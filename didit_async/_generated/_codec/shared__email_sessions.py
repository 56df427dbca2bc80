# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__email_sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import FeatureStatus
from ..models.shared import Warning
from ..models.shared__email_phone_sessions import (
    EmailLifecycleEvent,
    EmailReportEmailSocialCategories,
    EmailReportEmailSocialProfiles,
    EmailReportEmailSocialRegisteredPlatform,
)
from ..models.shared__email_sessions import (
    EmailBreach,
    EmailReport,
    EmailReportEmailSocial,
    EmailReportMatch,
)
from . import Table, _M_FeatureStatus, encode_by_table, keys_of, new_object
from .shared import structure_Warning, unstructure_Warning
from .shared__email_phone_sessions import (
    structure_EmailLifecycleEvent,
    structure_EmailReportEmailSocialCategories,
    structure_EmailReportEmailSocialProfiles,
    structure_EmailReportEmailSocialRegisteredPlatform,
    unstructure_EmailLifecycleEvent,
    unstructure_EmailReportEmailSocialCategories,
    unstructure_EmailReportEmailSocialProfiles,
    unstructure_EmailReportEmailSocialRegisteredPlatform,
)

_U_EmailBreach: Table = (
    ("name", "name", None, False),
    ("domain", "domain", None, False),
    ("breach_date", "breach_date", None, False),
    ("data_classes", "data_classes", None, False),
    ("logo_path", "logo_path", None, False),
    ("description", "description", None, False),
    ("is_verified", "is_verified", None, False),
    ("breach_emails_count", "breach_emails_count", None, False),
)


def unstructure_EmailBreach(o: EmailBreach) -> dict[str, Any]:
    """Encode :class:`EmailBreach` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailBreach)


def structure_EmailBreach(d: Any) -> EmailBreach:
    """Decode a JSON object into :class:`EmailBreach`."""
    o = new_object(EmailBreach)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailBreach.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailBreach
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailReportMatch: Table = (
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


def unstructure_EmailReportMatch(o: EmailReportMatch) -> dict[str, Any]:
    """Encode :class:`EmailReportMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailReportMatch)


def structure_EmailReportMatch(d: Any) -> EmailReportMatch:
    """Decode a JSON object into :class:`EmailReportMatch`."""
    o = new_object(EmailReportMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailReportMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailReportMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailReportEmailSocial: Table = (
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
                unstructure_EmailReportEmailSocialRegisteredPlatform(x)
                if isinstance(x, EmailReportEmailSocialRegisteredPlatform)
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
                unstructure_EmailReportEmailSocialRegisteredPlatform(x)
                if isinstance(x, EmailReportEmailSocialRegisteredPlatform)
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
                k: unstructure_EmailReportEmailSocialCategories(x)
                if isinstance(x, EmailReportEmailSocialCategories)
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
                k: unstructure_EmailReportEmailSocialProfiles(x)
                if isinstance(x, EmailReportEmailSocialProfiles)
                else x
                for k, x in v.items()
            }
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
)


def unstructure_EmailReportEmailSocial(o: EmailReportEmailSocial) -> dict[str, Any]:
    """Encode :class:`EmailReportEmailSocial` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailReportEmailSocial)


def structure_EmailReportEmailSocial(d: Any) -> EmailReportEmailSocial:
    """Decode a JSON object into :class:`EmailReportEmailSocial`."""
    v: Any
    o = new_object(EmailReportEmailSocial)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailReportEmailSocial.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailReportEmailSocial
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "registered_platforms" in vals:
        v = vals["registered_platforms"]
        if v and v.__class__ is list:
            vals["registered_platforms"] = [
                structure_EmailReportEmailSocialRegisteredPlatform(x) if x.__class__ is dict else x
                for x in v
            ]
    if "not_registered_platforms" in vals:
        v = vals["not_registered_platforms"]
        if v and v.__class__ is list:
            vals["not_registered_platforms"] = [
                structure_EmailReportEmailSocialRegisteredPlatform(x) if x.__class__ is dict else x
                for x in v
            ]
    if "categories" in vals:
        v = vals["categories"]
        if v and v.__class__ is dict:
            vals["categories"] = {
                k: structure_EmailReportEmailSocialCategories(x) if x.__class__ is dict else x
                for k, x in v.items()
            }
    if "profiles" in vals:
        v = vals["profiles"]
        if v and v.__class__ is dict:
            vals["profiles"] = {
                k: structure_EmailReportEmailSocialProfiles(x) if x.__class__ is dict else x
                for k, x in v.items()
            }
    return o


_U_EmailReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("email", "email", None, False),
    ("is_breached", "is_breached", None, False),
    (
        "breaches",
        "breaches",
        lambda v: (
            [unstructure_EmailBreach(x) if isinstance(x, EmailBreach) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("is_disposable", "is_disposable", None, False),
    ("is_undeliverable", "is_undeliverable", None, False),
    ("verification_attempts", "verification_attempts", None, False),
    ("verified_at", "verified_at", None, False),
    (
        "lifecycle",
        "lifecycle",
        lambda v: (
            [
                unstructure_EmailLifecycleEvent(x) if isinstance(x, EmailLifecycleEvent) else x
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
            [unstructure_EmailReportMatch(x) if isinstance(x, EmailReportMatch) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "email_social",
        "email_social",
        lambda v: (
            unstructure_EmailReportEmailSocial(v) if isinstance(v, EmailReportEmailSocial) else v
        ),
        False,
    ),
)


def unstructure_EmailReport(o: EmailReport) -> dict[str, Any]:
    """Encode :class:`EmailReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailReport)


def structure_EmailReport(d: Any) -> EmailReport:
    """Decode a JSON object into :class:`EmailReport`."""
    v: Any
    o = new_object(EmailReport)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "breaches" in vals:
        v = vals["breaches"]
        if v and v.__class__ is list:
            vals["breaches"] = [structure_EmailBreach(x) if x.__class__ is dict else x for x in v]
    if "lifecycle" in vals:
        v = vals["lifecycle"]
        if v and v.__class__ is list:
            vals["lifecycle"] = [
                structure_EmailLifecycleEvent(x) if x.__class__ is dict else x for x in v
            ]
    if "matches" in vals:
        v = vals["matches"]
        if v and v.__class__ is list:
            vals["matches"] = [
                structure_EmailReportMatch(x) if x.__class__ is dict else x for x in v
            ]
    if "email_social" in vals:
        v = vals["email_social"]
        if v.__class__ is dict:
            vals["email_social"] = structure_EmailReportEmailSocial(v)
    return o


_K_EmailBreach = keys_of(_U_EmailBreach)
_K_EmailReportMatch = keys_of(_U_EmailReportMatch)
_K_EmailReportEmailSocial = keys_of(_U_EmailReportEmailSocial)
_K_EmailReport = keys_of(_U_EmailReport)

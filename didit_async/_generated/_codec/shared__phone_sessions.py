# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__phone_sessions' models (see ``__init__.py``)."""

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
from ..models.shared__phone_sessions import (
    PhoneReport,
    PhoneReportCarrier,
    PhoneReportMatch,
    PhoneReportPhoneSocial,
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

_U_PhoneReportCarrier: Table = (
    ("name", "name", None, False),
    ("type", "type", None, False),
)


def unstructure_PhoneReportCarrier(o: PhoneReportCarrier) -> dict[str, Any]:
    """Encode :class:`PhoneReportCarrier` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneReportCarrier)


def structure_PhoneReportCarrier(d: Any) -> PhoneReportCarrier:
    """Decode a JSON object into :class:`PhoneReportCarrier`."""
    o = new_object(PhoneReportCarrier)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneReportCarrier.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneReportCarrier
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PhoneReportMatch: Table = (
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


def unstructure_PhoneReportMatch(o: PhoneReportMatch) -> dict[str, Any]:
    """Encode :class:`PhoneReportMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneReportMatch)


def structure_PhoneReportMatch(d: Any) -> PhoneReportMatch:
    """Decode a JSON object into :class:`PhoneReportMatch`."""
    o = new_object(PhoneReportMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneReportMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneReportMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PhoneReportPhoneSocial: Table = (
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


def unstructure_PhoneReportPhoneSocial(o: PhoneReportPhoneSocial) -> dict[str, Any]:
    """Encode :class:`PhoneReportPhoneSocial` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneReportPhoneSocial)


def structure_PhoneReportPhoneSocial(d: Any) -> PhoneReportPhoneSocial:
    """Decode a JSON object into :class:`PhoneReportPhoneSocial`."""
    v: Any
    o = new_object(PhoneReportPhoneSocial)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneReportPhoneSocial.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneReportPhoneSocial
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


_U_PhoneReport: Table = (
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
    ("full_number", "full_number", None, False),
    ("phone_number", "phone_number", None, False),
    ("country_code", "country_code", None, False),
    ("country_name", "country_name", None, False),
    (
        "carrier",
        "carrier",
        lambda v: unstructure_PhoneReportCarrier(v) if isinstance(v, PhoneReportCarrier) else v,
        False,
    ),
    ("is_disposable", "is_disposable", None, False),
    ("is_virtual", "is_virtual", None, False),
    ("verification_method", "verification_method", None, False),
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
    ("phone_number_prefix", "phone_number_prefix", None, False),
    (
        "matches",
        "matches",
        lambda v: (
            [unstructure_PhoneReportMatch(x) if isinstance(x, PhoneReportMatch) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "phone_social",
        "phone_social",
        lambda v: (
            unstructure_PhoneReportPhoneSocial(v) if isinstance(v, PhoneReportPhoneSocial) else v
        ),
        False,
    ),
)


def unstructure_PhoneReport(o: PhoneReport) -> dict[str, Any]:
    """Encode :class:`PhoneReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneReport)


def structure_PhoneReport(d: Any) -> PhoneReport:
    """Decode a JSON object into :class:`PhoneReport`."""
    v: Any
    o = new_object(PhoneReport)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "carrier" in vals:
        v = vals["carrier"]
        if v.__class__ is dict:
            vals["carrier"] = structure_PhoneReportCarrier(v)
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
                structure_PhoneReportMatch(x) if x.__class__ is dict else x for x in v
            ]
    if "phone_social" in vals:
        v = vals["phone_social"]
        if v.__class__ is dict:
            vals["phone_social"] = structure_PhoneReportPhoneSocial(v)
    return o


_K_PhoneReportCarrier = keys_of(_U_PhoneReportCarrier)
_K_PhoneReportMatch = keys_of(_U_PhoneReportMatch)
_K_PhoneReportPhoneSocial = keys_of(_U_PhoneReportPhoneSocial)
_K_PhoneReport = keys_of(_U_PhoneReport)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__email_phone_sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.shared__email_phone_sessions import (
    EmailLifecycleEvent,
    EmailLifecycleEventDetails,
    EmailReportEmailSocialCategories,
    EmailReportEmailSocialProfiles,
    EmailReportEmailSocialRegisteredPlatform,
)
from . import Table, encode_by_table, keys_of, new_object

_U_EmailLifecycleEventDetails: Table = (
    ("status", "status", None, False),
    ("reason", "reason", None, False),
    ("channel", "channel", None, False),
    ("actual_channel", "actual_channel", None, False),
    ("code_tried", "code_tried", None, False),
)


def unstructure_EmailLifecycleEventDetails(o: EmailLifecycleEventDetails) -> dict[str, Any]:
    """Encode :class:`EmailLifecycleEventDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailLifecycleEventDetails)


def structure_EmailLifecycleEventDetails(d: Any) -> EmailLifecycleEventDetails:
    """Decode a JSON object into :class:`EmailLifecycleEventDetails`."""
    o = new_object(EmailLifecycleEventDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailLifecycleEventDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailLifecycleEventDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailLifecycleEvent: Table = (
    ("type", "type", None, False),
    ("timestamp", "timestamp", None, False),
    ("fee", "fee", None, False),
    (
        "details",
        "details",
        lambda v: (
            unstructure_EmailLifecycleEventDetails(v)
            if isinstance(v, EmailLifecycleEventDetails)
            else v
        ),
        False,
    ),
)


def unstructure_EmailLifecycleEvent(o: EmailLifecycleEvent) -> dict[str, Any]:
    """Encode :class:`EmailLifecycleEvent` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailLifecycleEvent)


def structure_EmailLifecycleEvent(d: Any) -> EmailLifecycleEvent:
    """Decode a JSON object into :class:`EmailLifecycleEvent`."""
    v: Any
    o = new_object(EmailLifecycleEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailLifecycleEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailLifecycleEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "details" in vals:
        v = vals["details"]
        if v.__class__ is dict:
            vals["details"] = structure_EmailLifecycleEventDetails(v)
    return o


_U_EmailReportEmailSocialRegisteredPlatform: Table = (
    ("platform", "platform", None, False),
    ("category", "category", None, False),
    ("scope", "scope", None, False),
)


def unstructure_EmailReportEmailSocialRegisteredPlatform(
    o: EmailReportEmailSocialRegisteredPlatform,
) -> dict[str, Any]:
    """Encode :class:`EmailReportEmailSocialRegisteredPlatform` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailReportEmailSocialRegisteredPlatform)


def structure_EmailReportEmailSocialRegisteredPlatform(
    d: Any,
) -> EmailReportEmailSocialRegisteredPlatform:
    """Decode a JSON object into :class:`EmailReportEmailSocialRegisteredPlatform`."""
    o = new_object(EmailReportEmailSocialRegisteredPlatform)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailReportEmailSocialRegisteredPlatform.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailReportEmailSocialRegisteredPlatform
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailReportEmailSocialCategories: Table = (
    ("registered", "registered", None, False),
    ("ratio", "ratio", None, False),
)


def unstructure_EmailReportEmailSocialCategories(
    o: EmailReportEmailSocialCategories,
) -> dict[str, Any]:
    """Encode :class:`EmailReportEmailSocialCategories` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailReportEmailSocialCategories)


def structure_EmailReportEmailSocialCategories(d: Any) -> EmailReportEmailSocialCategories:
    """Decode a JSON object into :class:`EmailReportEmailSocialCategories`."""
    o = new_object(EmailReportEmailSocialCategories)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailReportEmailSocialCategories.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailReportEmailSocialCategories
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailReportEmailSocialProfiles: Table = (
    ("name", "name", None, False),
    ("photo", "photo", None, False),
    ("about", "about", None, False),
    ("privacy_status", "privacy_status", None, False),
    ("business_account", "business_account", None, False),
)


def unstructure_EmailReportEmailSocialProfiles(o: EmailReportEmailSocialProfiles) -> dict[str, Any]:
    """Encode :class:`EmailReportEmailSocialProfiles` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailReportEmailSocialProfiles)


def structure_EmailReportEmailSocialProfiles(d: Any) -> EmailReportEmailSocialProfiles:
    """Decode a JSON object into :class:`EmailReportEmailSocialProfiles`."""
    o = new_object(EmailReportEmailSocialProfiles)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailReportEmailSocialProfiles.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailReportEmailSocialProfiles
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_EmailLifecycleEventDetails = keys_of(_U_EmailLifecycleEventDetails)
_K_EmailLifecycleEvent = keys_of(_U_EmailLifecycleEvent)
_K_EmailReportEmailSocialRegisteredPlatform = keys_of(_U_EmailReportEmailSocialRegisteredPlatform)
_K_EmailReportEmailSocialCategories = keys_of(_U_EmailReportEmailSocialCategories)
_K_EmailReportEmailSocialProfiles = keys_of(_U_EmailReportEmailSocialProfiles)

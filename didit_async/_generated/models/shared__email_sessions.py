# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__email_sessions' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import FeatureStatus
from .shared import Warning
from .shared__email_phone_sessions import (
    EmailLifecycleEvent,
    EmailReportEmailSocialCategories,
    EmailReportEmailSocialProfiles,
    EmailReportEmailSocialRegisteredPlatform,
)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailBreach:
    """EmailBreach"""

    name: str | None = attrs.field(default=None)
    domain: str | None = attrs.field(default=None)
    breach_date: str | None = attrs.field(default=None)
    data_classes: list[str] | None = attrs.field(default=None)
    logo_path: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    is_verified: bool | None = attrs.field(default=None)
    breach_emails_count: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailReportMatch:
    """EmailReportMatch"""

    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    verification_date: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    is_blocklisted: bool | None = attrs.field(default=None)
    api_service: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailReportEmailSocial:
    """EmailReportEmailSocial"""

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
    registered_platforms: list[EmailReportEmailSocialRegisteredPlatform] | None = attrs.field(
        default=None
    )
    not_registered_platforms: list[EmailReportEmailSocialRegisteredPlatform] | None = attrs.field(
        default=None
    )
    categories: dict[str, EmailReportEmailSocialCategories] | None = attrs.field(default=None)
    profiles: dict[str, EmailReportEmailSocialProfiles] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailReport:
    """Result of an email verification."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    is_breached: bool | None = attrs.field(default=None)
    breaches: list[EmailBreach] | None = attrs.field(default=None)
    is_disposable: bool | None = attrs.field(default=None)
    is_undeliverable: bool | None = attrs.field(default=None)
    verification_attempts: int | None = attrs.field(default=None)
    verified_at: str | None = attrs.field(default=None)
    lifecycle: list[EmailLifecycleEvent] | None = attrs.field(default=None)
    matches: list[EmailReportMatch] | None = attrs.field(default=None)
    email_social: EmailReportEmailSocial | None = attrs.field(default=None)
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

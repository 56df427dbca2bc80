# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'webhooks' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset, mask

from ..enums import WebhookEventType, WebhookVersion


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookDestinationMetrics:
    """WebhookDestinationMetrics"""

    metrics_window_days: int | None = attrs.field(default=None)
    deliveries_count: int | None = attrs.field(default=None)
    failed_deliveries_count: int | None = attrs.field(default=None)
    average_response_time_ms: float | None = attrs.field(default=None)
    error_rate_percentage: float | None = attrs.field(default=None)
    last_delivery_at: str | None = attrs.field(default=None)
    health_status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookDestination:
    """WebhookDestination"""

    uuid: str
    label: str | None = attrs.field(default=None)
    url: str | None = attrs.field(default=None)
    enabled: bool | None = attrs.field(default=None)
    webhook_version: WebhookVersion | None = attrs.field(default=None)
    subscribed_events: list[WebhookEventType] | None = attrs.field(default=None)
    secret_shared_key: str | None = attrs.field(default=None, repr=mask)
    """The HMAC secret (absent from the list; full for API keys)."""
    secret_last4: str | None = attrs.field(default=None)
    previous_secret_expires_at: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    metrics_window_days: int | None = attrs.field(default=None)
    deliveries_count: int | None = attrs.field(default=None)
    failed_deliveries_count: int | None = attrs.field(default=None)
    average_response_time_ms: float | None = attrs.field(default=None)
    error_rate_percentage: float | None = attrs.field(default=None)
    last_delivery_at: str | None = attrs.field(default=None)
    health_status: str | None = attrs.field(default=None)
    delivery_summary: WebhookDestinationMetrics | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookConfig:
    """The application-level (legacy) webhook and related settings. The legacy webhook is used only
    while no destination is enabled, and only for status.updated and data.updated.
    """

    webhook_url: str | None = attrs.field(default=None)
    webhook_version: str | None = attrs.field(default=None)
    secret_shared_key: str | None = attrs.field(default=None, repr=mask)
    capture_method: str | None = attrs.field(default=None)
    data_retention_months: int | None = attrs.field(default=None)
    destinations: list[WebhookDestination] | None = attrs.field(default=None)
    subscribable_events: list[str] | None = attrs.field(default=None)
    allowed_domains: list[str] | None = attrs.field(default=None)
    biometric_template_retention_months: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookConfigUpdateRequest:
    """A partial update: only the fields given change."""

    webhook_url: str | None | Unset = attrs.field(default=UNSET)
    """null disables the legacy webhook; leaving it out keeps it."""
    webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = attrs.field(default=None)
    rotate_secret_key: bool | None = attrs.field(default=None)
    """Generate a new secret; the old one stops working at once."""
    capture_method: Literal["mobile", "desktop", "both"] | None = attrs.field(default=None)
    data_retention_months: int | None | Unset = attrs.field(default=UNSET)
    """null keeps data without limit."""
    allowed_domains: Sequence[str] | None = attrs.field(default=None)
    """Hosts allowed as `callback` and to embed the hosted flow."""
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

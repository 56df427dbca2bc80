# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'webhooks' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import mask

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
class WebhookDestinationSummary:
    """WebhookDestinationSummary"""

    total_deliveries: int | None = attrs.field(default=None)
    failed_deliveries: int | None = attrs.field(default=None)
    error_rate_percentage: int | None = attrs.field(default=None)
    min_response_time_ms: int | None = attrs.field(default=None)
    avg_response_time_ms: int | None = attrs.field(default=None)
    max_response_time_ms: int | None = attrs.field(default=None)
    last_delivery_at: str | None = attrs.field(default=None)
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
    summary: WebhookDestinationSummary | None = attrs.field(default=None)
    subscribed_events_count: int | None = attrs.field(default=None)
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

"""Handlers for the webhook configuration and webhook destinations."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from didit_async._generated.enums import WebhookEventType

from ._registry import Call, Result, _uuid_or_404, op
from ._state import (
    ApiError,
    _field_error,
    _iso,
)

# --- webhooks --------------------------------------------------------------------------------


def _destination_view(d: dict[str, Any], *, secret: bool) -> dict[str, Any]:
    view = {
        k: v
        for k, v in d.items()
        if k not in ("app_key", "secret_shared_key", "previous_secret", "previous_secret_expires")
    }
    view["secret_last4"] = d["secret_shared_key"][-4:]
    if secret:
        view["secret_shared_key"] = d["secret_shared_key"]
    return view


def _config(c: Call) -> dict[str, Any]:
    app = c.a
    return {
        "webhook_url": app.webhook_url,
        "webhook_version": app.webhook_version,
        "secret_shared_key": app.webhook_secret,
        "capture_method": app.capture_method,
        "data_retention_months": app.data_retention_months,
        "allowed_domains": list(app.allowed_domains),
        "destinations": [
            _destination_view(d, secret=False)
            for d in c.state.destinations.values()
            if d["app_key"] == app.api_key
        ],
        "subscribable_events": [
            "status.updated",
            "data.updated",
            "user.status.updated",
            "user.data.updated",
            "business.status.updated",
            "business.data.updated",
            "activity.created",
        ],
    }


@op("webhooks_get_config")
def get_config(c: Call) -> Result:
    return 200, _config(c)


@op("webhooks_update_config")
def update_config(c: Call) -> Result:
    body = c.body or {}
    app = c.a
    if "webhook_url" in body:
        app.webhook_url = body["webhook_url"]
    if "webhook_version" in body:
        if body["webhook_version"] not in ("v1", "v2", "v3"):
            raise _field_error("webhook_version", "Must be v1, v2 or v3.")
        app.webhook_version = body["webhook_version"]
    if body.get("rotate_secret_key") is True:
        app.webhook_secret = "whsec_" + secrets.token_hex(16)  # the old one stops at once
    if "capture_method" in body:
        app.capture_method = body["capture_method"]
    if "data_retention_months" in body:
        months = body["data_retention_months"]
        if months is not None and not (isinstance(months, int) and 1 <= months <= 120):
            raise _field_error("data_retention_months", "Must be between 1 and 120.")
        app.data_retention_months = months
    if "allowed_domains" in body:
        app.allowed_domains = list(body["allowed_domains"])
    return 200, _config(c)


def _destination(c: Call) -> dict[str, Any]:
    d = c.state.destinations.get(_uuid_or_404(c.path["destination_uuid"]))
    if d is None or d["app_key"] != c.a.api_key:
        raise ApiError(404, {"detail": "Webhook destination not found."})
    return d


def _check_events(events: Any) -> list[str]:
    allowed = {e.value for e in WebhookEventType}  # the spec's event names
    if not isinstance(events, list) or not events:
        raise _field_error("subscribed_events", "At least one event is required.")
    for e in events:
        if e not in allowed:
            raise _field_error("subscribed_events", f'"{e}" is not a valid choice.')
    return list(events)


@op("webhooks_destinations_create")
def destinations_create(c: Call) -> Result:
    url = str(c.field("url", required=True, kind=str))
    label = str(c.field("label", required=True, kind=str))
    events = _check_events(c.field("subscribed_events", required=True))
    if any(d["url"] == url and d["app_key"] == c.a.api_key for d in c.state.destinations.values()):
        raise _field_error("url", "A destination with this URL already exists.")
    did = str(uuid.uuid4())
    now = _iso(c.state.clock.now())
    d = {
        "uuid": did,
        "label": label,
        "url": url,
        "enabled": c.field("enabled") is not False,
        "webhook_version": c.field("webhook_version") or "v3",
        "subscribed_events": events,
        "secret_shared_key": "whsec_" + secrets.token_hex(16),
        "previous_secret_expires_at": None,
        "created_at": now,
        "updated_at": now,
        "app_key": c.a.api_key,
        "metrics_window_days": 30,
        "deliveries_count": 0,
        "failed_deliveries_count": 0,
        "average_response_time_ms": None,
        "error_rate_percentage": 0.0,
        "last_delivery_at": None,
        "health_status": "healthy",
    }
    c.state.destinations[did] = d
    return 201, _destination_view(d, secret=True)


@op("webhooks_destinations_list")
def destinations_list(c: Call) -> Result:
    return 200, [
        _destination_view(d, secret=False)
        for d in c.state.destinations.values()
        if d["app_key"] == c.a.api_key
    ]


@op("webhooks_destinations_retrieve")
def destinations_retrieve(c: Call) -> Result:
    return 200, _destination_view(_destination(c), secret=True)


@op("webhooks_destinations_update")
def destinations_update(c: Call) -> Result:
    d = _destination(c)
    body = c.body or {}
    if "subscribed_events" in body:
        d["subscribed_events"] = _check_events(body["subscribed_events"])
    for key in ("label", "url", "enabled", "webhook_version"):
        if key in body:
            d[key] = body[key]
    d["updated_at"] = _iso(c.state.clock.now())
    return 200, _destination_view(d, secret=True)


@op("webhooks_destinations_delete")
def destinations_delete(c: Call) -> Result:
    del c.state.destinations[_destination(c)["uuid"]]
    return 204, None

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'webhooks' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import WebhookEventType, WebhookVersion
from ..models.webhooks import (
    WebhookDestination,
    WebhookDestinationMetrics,
    WebhookDestinationSummary,
)
from . import Table, _M_WebhookEventType, _M_WebhookVersion, encode_by_table, keys_of, new_object

_U_WebhookDestinationMetrics: Table = (
    ("metrics_window_days", "metrics_window_days", None, False),
    ("deliveries_count", "deliveries_count", None, False),
    ("failed_deliveries_count", "failed_deliveries_count", None, False),
    ("average_response_time_ms", "average_response_time_ms", None, False),
    ("error_rate_percentage", "error_rate_percentage", None, False),
    ("last_delivery_at", "last_delivery_at", None, False),
    ("health_status", "health_status", None, False),
)


def unstructure_WebhookDestinationMetrics(o: WebhookDestinationMetrics) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationMetrics` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WebhookDestinationMetrics)


def structure_WebhookDestinationMetrics(d: Any) -> WebhookDestinationMetrics:
    """Decode a JSON object into :class:`WebhookDestinationMetrics`."""
    o = new_object(WebhookDestinationMetrics)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookDestinationMetrics.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookDestinationMetrics
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WebhookDestinationSummary: Table = (
    ("total_deliveries", "total_deliveries", None, False),
    ("failed_deliveries", "failed_deliveries", None, False),
    ("error_rate_percentage", "error_rate_percentage", None, False),
    ("min_response_time_ms", "min_response_time_ms", None, False),
    ("avg_response_time_ms", "avg_response_time_ms", None, False),
    ("max_response_time_ms", "max_response_time_ms", None, False),
    ("last_delivery_at", "last_delivery_at", None, False),
)


def unstructure_WebhookDestinationSummary(o: WebhookDestinationSummary) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationSummary` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WebhookDestinationSummary)


def structure_WebhookDestinationSummary(d: Any) -> WebhookDestinationSummary:
    """Decode a JSON object into :class:`WebhookDestinationSummary`."""
    o = new_object(WebhookDestinationSummary)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookDestinationSummary.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookDestinationSummary
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WebhookDestination: Table = (
    ("uuid", "uuid", None, True),
    ("label", "label", None, False),
    ("url", "url", None, False),
    ("enabled", "enabled", None, False),
    (
        "webhook_version",
        "webhook_version",
        lambda v: v.value if isinstance(v, WebhookVersion) else v,
        False,
    ),
    (
        "subscribed_events",
        "subscribed_events",
        lambda v: (
            [x.value if isinstance(x, WebhookEventType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("secret_shared_key", "secret_shared_key", None, False),
    ("secret_last4", "secret_last4", None, False),
    ("previous_secret_expires_at", "previous_secret_expires_at", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
    ("metrics_window_days", "metrics_window_days", None, False),
    ("deliveries_count", "deliveries_count", None, False),
    ("failed_deliveries_count", "failed_deliveries_count", None, False),
    ("average_response_time_ms", "average_response_time_ms", None, False),
    ("error_rate_percentage", "error_rate_percentage", None, False),
    ("last_delivery_at", "last_delivery_at", None, False),
    ("health_status", "health_status", None, False),
    (
        "delivery_summary",
        "delivery_summary",
        lambda v: (
            unstructure_WebhookDestinationMetrics(v)
            if isinstance(v, WebhookDestinationMetrics)
            else v
        ),
        False,
    ),
    (
        "summary",
        "summary",
        lambda v: (
            unstructure_WebhookDestinationSummary(v)
            if isinstance(v, WebhookDestinationSummary)
            else v
        ),
        False,
    ),
    ("subscribed_events_count", "subscribed_events_count", None, False),
)


def unstructure_WebhookDestination(o: WebhookDestination) -> dict[str, Any]:
    """Encode :class:`WebhookDestination` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WebhookDestination)


def structure_WebhookDestination(d: Any) -> WebhookDestination:
    """Decode a JSON object into :class:`WebhookDestination`."""
    v: Any
    o = new_object(WebhookDestination)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookDestination.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookDestination
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "webhook_version" in vals:
        v = vals["webhook_version"]
        if v.__class__ is str:
            vals["webhook_version"] = _M_WebhookVersion[v]
    if "subscribed_events" in vals:
        v = vals["subscribed_events"]
        if v and v.__class__ is list:
            vals["subscribed_events"] = [
                _M_WebhookEventType[x] if x.__class__ is str else x for x in v
            ]
    if "delivery_summary" in vals:
        v = vals["delivery_summary"]
        if v.__class__ is dict:
            vals["delivery_summary"] = structure_WebhookDestinationMetrics(v)
    if "summary" in vals:
        v = vals["summary"]
        if v.__class__ is dict:
            vals["summary"] = structure_WebhookDestinationSummary(v)
    return o


_K_WebhookDestinationMetrics = keys_of(_U_WebhookDestinationMetrics)
_K_WebhookDestinationSummary = keys_of(_U_WebhookDestinationSummary)
_K_WebhookDestination = keys_of(_U_WebhookDestination)

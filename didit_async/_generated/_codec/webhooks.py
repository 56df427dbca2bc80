# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'webhooks' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uri

from ..enums import WebhookEventType, WebhookVersion
from ..models.webhooks import (
    WebhookConfig,
    WebhookConfigUpdateRequest,
    WebhookDestination,
    WebhookDestinationMetrics,
)
from . import (
    Table,
    _E_inline9,
    _E_WebhookVersion,
    _M_WebhookEventType,
    _M_WebhookVersion,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

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
    return o


_U_WebhookConfig: Table = (
    ("webhook_url", "webhook_url", None, False),
    ("webhook_version", "webhook_version", None, False),
    ("secret_shared_key", "secret_shared_key", None, False),
    ("capture_method", "capture_method", None, False),
    ("data_retention_months", "data_retention_months", None, False),
    (
        "destinations",
        "destinations",
        lambda v: (
            [
                unstructure_WebhookDestination(x) if isinstance(x, WebhookDestination) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("subscribable_events", "subscribable_events", None, False),
    ("allowed_domains", "allowed_domains", None, False),
    ("biometric_template_retention_months", "biometric_template_retention_months", None, False),
)


def unstructure_WebhookConfig(o: WebhookConfig) -> dict[str, Any]:
    """Encode :class:`WebhookConfig` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WebhookConfig)


def structure_WebhookConfig(d: Any) -> WebhookConfig:
    """Decode a JSON object into :class:`WebhookConfig`."""
    v: Any
    o = new_object(WebhookConfig)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookConfig.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookConfig
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "destinations" in vals:
        v = vals["destinations"]
        if v and v.__class__ is list:
            vals["destinations"] = [
                structure_WebhookDestination(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_WebhookConfigUpdateRequest: Table = (
    ("webhook_url", "webhook_url", None, True),
    (
        "webhook_version",
        "webhook_version",
        lambda v: v.value if isinstance(v, WebhookVersion) else v,
        False,
    ),
    ("rotate_secret_key", "rotate_secret_key", None, False),
    ("capture_method", "capture_method", None, False),
    ("data_retention_months", "data_retention_months", None, True),
    ("allowed_domains", "allowed_domains", None, False),
)


def unstructure_WebhookConfigUpdateRequest(o: WebhookConfigUpdateRequest) -> dict[str, Any]:
    """Encode :class:`WebhookConfigUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WebhookConfigUpdateRequest)


def structure_WebhookConfigUpdateRequest(d: Any) -> WebhookConfigUpdateRequest:
    """Decode a JSON object into :class:`WebhookConfigUpdateRequest`."""
    v: Any
    o = new_object(WebhookConfigUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookConfigUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookConfigUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "webhook_version" in vals:
        v = vals["webhook_version"]
        if v.__class__ is str:
            vals["webhook_version"] = _M_WebhookVersion[v]
    return o


def validate_WebhookConfigUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WebhookConfigUpdateRequest."""
    check_model(d, at, _V_WebhookConfigUpdateRequest, _K_WebhookConfigUpdateRequest)


_K_WebhookDestinationMetrics = keys_of(_U_WebhookDestinationMetrics)
_K_WebhookDestination = keys_of(_U_WebhookDestination)
_K_WebhookConfig = keys_of(_U_WebhookConfig)
_K_WebhookConfigUpdateRequest = keys_of(_U_WebhookConfigUpdateRequest)

_V_WebhookConfigUpdateRequest: Any = (
    "WebhookConfigUpdateRequest",
    False,
    0,
    (
        ("webhook_url", False, True, ("str", 1, None, None, (is_uri, "uri"), ())),
        ("webhook_version", False, False, ("enum", _E_WebhookVersion, "v1, v2, v3")),
        ("rotate_secret_key", False, False, ("bool",)),
        ("capture_method", False, False, ("enum", _E_inline9, "mobile, desktop, both")),
        ("data_retention_months", False, True, ("int", 1, 120)),
        (
            "allowed_domains",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'webhooks__get_config__update_config' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.webhooks import WebhookDestination
from ..models.webhooks__get_config__update_config import WebhookConfig
from . import Table, encode_by_table, keys_of, new_object
from .webhooks import structure_WebhookDestination, unstructure_WebhookDestination

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


_K_WebhookConfig = keys_of(_U_WebhookConfig)

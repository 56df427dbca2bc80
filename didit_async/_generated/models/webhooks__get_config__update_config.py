# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'webhooks__get_config__update_config' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import mask

from .webhooks import WebhookDestination


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


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

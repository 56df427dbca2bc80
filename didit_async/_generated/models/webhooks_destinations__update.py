# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'webhooks_destinations__update' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import attrs

from ..enums import WebhookEventType, WebhookVersion


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookDestinationUpdateRequest:
    """A partial update; does not rotate the secret."""

    label: str | None = attrs.field(default=None)
    url: str | None = attrs.field(default=None)
    enabled: bool | None = attrs.field(default=None)
    webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = attrs.field(default=None)
    subscribed_events: (
        Sequence[
            WebhookEventType
            | Literal[
                "status.updated",
                "data.updated",
                "user.status.updated",
                "user.data.updated",
                "business.status.updated",
                "business.data.updated",
                "activity.created",
                "transaction.created",
                "transaction.status.updated",
                "travel_rule.status.updated",
            ]
        ]
        | None
    ) = attrs.field(default=None)
    """Replaces the list wholesale."""
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

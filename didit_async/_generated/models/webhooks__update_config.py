# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'webhooks__update_config' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset

from ..enums import WebhookVersion


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

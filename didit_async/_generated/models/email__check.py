# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'email__check' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from didit_async._seam import mask

from ..enums import CheckAction
from .shared__email_sessions import EmailReport


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailCheckRequest:
    """EmailCheckRequest"""

    email: str
    code: str = attrs.field(repr=mask)
    duplicated_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    breached_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    disposable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    undeliverable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    enable_social: bool | None = attrs.field(default=None)
    email_no_social_presence_action: Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailCheckResponse:
    """EmailCheckResponse"""

    request_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    """Approved, Failed, Declined or `Expired or Not Found`."""
    message: str | None = attrs.field(default=None)
    email: EmailReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
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

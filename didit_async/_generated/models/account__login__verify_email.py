# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'account__login__verify_email' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import mask


@attrs.define(frozen=True, kw_only=True, slots=False)
class AccountOrganization:
    """AccountOrganization"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    contact_email: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AccountApplication:
    """AccountApplication"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    client_id: str | None = attrs.field(default=None)
    api_key: str | None = attrs.field(default=None, repr=mask)
    """The `x-api-key` for this application."""
    website_url: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AccountTokenResponse:
    """Tokens (and, after verify-email, the new organization and application with its `api_key`)."""

    access_token: str = attrs.field(repr=mask)
    """RS256 JWT for the Bearer endpoints."""
    refresh_token: str | None = attrs.field(default=None, repr=mask)
    expires_in: int | None = attrs.field(default=None)
    """Seconds (86400 by default)."""
    organization: AccountOrganization | None = attrs.field(default=None)
    application: AccountApplication | None = attrs.field(default=None)
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

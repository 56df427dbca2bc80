# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__share' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import mask


@attrs.define(frozen=True, kw_only=True, slots=False)
class ShareSessionRequest:
    """Sources disagree: skills list no body; the current page requires `for_application_id`. We
    follow the current page.
    """

    for_application_id: str
    """The receiving application (exists, not deleted, not yours)."""
    ttl_in_seconds: int | None = attrs.field(default=None)
    """How long the token is valid."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ShareSessionResponse:
    """ShareSessionResponse"""

    share_token: str = attrs.field(repr=mask)
    """A JWT the partner imports."""
    expires_at: str | None = attrs.field(default=None)
    session_id: str | None = attrs.field(default=None)
    for_application_id: str | None = attrs.field(default=None)
    session_kind: str | None = attrs.field(default=None)
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

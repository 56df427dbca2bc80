# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__import_shared' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import UNSET, Unset, mask

from ..enums import SessionKind, SessionStatus


@attrs.define(frozen=True, kw_only=True, slots=False)
class ImportSharedSessionResponse:
    """The session created by an import."""

    session_id: str
    session_number: int | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    url: str | None = attrs.field(default=None, repr=mask)
    """The hosted verification link to send the user to."""
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | str | None = attrs.field(default=None)
    status: SessionStatus | None = attrs.field(default=None)
    callback: str | None = attrs.field(default=None)
    callback_method: str | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    workflow_version: int | None = attrs.field(default=None)
    session_kind: SessionKind | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ImportSharedSessionRequest:
    """ImportSharedSessionRequest"""

    share_token: str = attrs.field(repr=mask)
    workflow_id: str
    """A KYC workflow for a KYC token, KYB for KYB."""
    vendor_data: str | None | Unset = attrs.field(default=UNSET)
    trust_review: bool | None = attrs.field(default=None)
    """true keeps the original status; false puts it In Review. Sources disagree: skills mark it
    required, current docs optional (default false).
    """
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

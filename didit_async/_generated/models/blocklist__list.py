# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'blocklist__list' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class BlocklistEntry:
    """BlocklistEntry"""

    type: str | None = attrs.field(default=None)
    """face, document, phone or email."""
    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    blocklisted_at: str | None = attrs.field(default=None)
    face_image: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    front_image: str | None = attrs.field(default=None)
    phone_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BlocklistPage:
    """A page of blocklist entries."""

    results: list[BlocklistEntry]
    count: int | None = attrs.field(default=None)
    """Total matching items (KYB counts are capped at 100)."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'lists' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import ListEntryType, ListType


@attrs.define(frozen=True, kw_only=True, slots=False)
class DiditList:
    """A list (named DiditList in code so it does not shadow Python's list; unknown fields kept)."""

    uuid: str
    name: str | None = attrs.field(default=None)
    list_type: ListType | None = attrs.field(default=None)
    entry_type: ListEntryType | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    is_system: bool | None = attrs.field(default=None)
    """A provisioned blocklist (immutable)."""
    entry_count: int | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
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

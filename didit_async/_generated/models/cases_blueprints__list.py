# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'cases_blueprints__list' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import CaseAssignmentMethod


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseBlueprintListItem:
    """A blueprint as lists show it."""

    uuid: str
    name: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    assignment_method: CaseAssignmentMethod | None = attrs.field(default=None)
    assignee_pool: list[str] | None = attrs.field(default=None)
    max_active_cases: int | None = attrs.field(default=None)
    escalation_enabled: bool | None = attrs.field(default=None)
    transfer_enabled: bool | None = attrs.field(default=None)
    require_resolution_note: bool | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    preset_key: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseBlueprintPage:
    """A page of CaseBlueprintListItem items."""

    results: list[CaseBlueprintListItem]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
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

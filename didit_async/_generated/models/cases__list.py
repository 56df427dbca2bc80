# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'cases__list' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import CasePriority, CaseResolution, CaseSource, CaseStatus
from .cases import CaseAssignee, CaseSubject


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseBlueprintSummary:
    """CaseBlueprintSummary"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseListItem:
    """A case as lists show it, with its application and organization."""

    uuid: str
    case_number: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    status: CaseStatus | None = attrs.field(default=None)
    resolution: CaseResolution | None = attrs.field(default=None)
    priority: CasePriority | None = attrs.field(default=None)
    source: CaseSource | None = attrs.field(default=None)
    tags: list[str] | None = attrs.field(default=None)
    subject: CaseSubject | None = attrs.field(default=None)
    assigned_to: CaseAssignee | None = attrs.field(default=None)
    assigned_at: str | None = attrs.field(default=None)
    due_at: str | None = attrs.field(default=None)
    resolved_at: str | None = attrs.field(default=None)
    created_by_email: str | None = attrs.field(default=None)
    created_by_name: str | None = attrs.field(default=None)
    blueprint: CaseBlueprintSummary | None = attrs.field(default=None)
    links_count: int | None = attrs.field(default=None)
    notes_count: int | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    application_id: str | None = attrs.field(default=None)
    application_name: str | None = attrs.field(default=None)
    organization_id: str | None = attrs.field(default=None)
    organization_name: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CasePage:
    """A page of CaseListItem items."""

    results: list[CaseListItem]
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

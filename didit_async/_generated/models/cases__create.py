# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'cases__create' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset

from ..enums import CasePriority, CaseSubjectType


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseSubjectReference:
    """CaseSubjectReference"""

    type: CaseSubjectType | str | None = attrs.field(default=None)
    uuid: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseCreateRequest:
    """CaseCreateRequest"""

    title: str
    blueprint: str | None | Unset = attrs.field(default=UNSET)
    priority: CasePriority | Literal["LOW", "MEDIUM", "HIGH"] | None = attrs.field(default=None)
    due_at: str | None | Unset = attrs.field(default=UNSET)
    tags: Sequence[str] | None = attrs.field(default=None)
    subject: CaseSubjectReference | Mapping[str, Any] | None = attrs.field(default=None)
    links: Sequence[Mapping[str, Any]] | None = attrs.field(default=None)
    assigned_to: str | None | Unset = attrs.field(default=UNSET)
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

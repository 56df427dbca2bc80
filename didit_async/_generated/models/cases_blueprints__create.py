# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'cases_blueprints__create' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset

from ..enums import CaseAssignmentMethod
from .cases import CaseContentConfig


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseBlueprintCreateRequest:
    """CaseBlueprintCreateRequest"""

    name: str
    assignee_pool: Sequence[str]
    description: str | None | Unset = attrs.field(default=UNSET)
    assignment_method: CaseAssignmentMethod | Literal["MANUAL", "AUTOMATIC"] | None = attrs.field(
        default=None
    )
    max_active_cases: int | None | Unset = attrs.field(default=UNSET)
    escalation_enabled: bool | None = attrs.field(default=None)
    escalation_blueprint: str | None | Unset = attrs.field(default=UNSET)
    transfer_enabled: bool | None = attrs.field(default=None)
    four_eyes_checker_blueprint: str | None | Unset = attrs.field(default=UNSET)
    require_resolution_note: bool | None = attrs.field(default=None)
    content_config: CaseContentConfig | Mapping[str, Any] | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
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

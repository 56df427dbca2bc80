# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'questionnaires' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class Questionnaire:
    """Questionnaire"""

    uuid: str
    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    default_language: str | None = attrs.field(default=None)
    languages: list[str] | None = attrs.field(default=None)
    form_elements: list[dict[str, Any]] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    questionnaire_id: str | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    is_simple_questionnaire: bool | None = attrs.field(default=None)
    graph: dict[str, Any] | None = attrs.field(default=None)
    sections: list[dict[str, Any]] | None = attrs.field(default=None)
    questionnaire_group_id: str | None = attrs.field(default=None)
    version: int | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    published_at: str | None = attrs.field(default=None)
    is_editable: bool | None = attrs.field(default=None)
    question_types: list[str] | None = attrs.field(default=None)
    workflow_names: list[str] | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'questionnaires__create' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset

from .questionnaires__create__update import QuestionnaireFormElement, QuestionnaireQuestion


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireCreateRequest:
    """Give `questions` (current) or `form_elements` (older docs); Didit needs one of the two,
    which the sandbox checks (400).
    """

    title: str
    description: str | None | Unset = attrs.field(default=UNSET)
    default_language: str | None = attrs.field(default=None)
    languages: Sequence[str] | None = attrs.field(default=None)
    form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    questions: Sequence[QuestionnaireQuestion | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    """The question list Didit's current tooling sends (type, text, options, optional branching);
    the older `form_elements` is still accepted. Give one of the two.
    """
    is_active: bool | None = attrs.field(default=None)
    status: Literal["draft", "published"] | None = attrs.field(default=None)
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

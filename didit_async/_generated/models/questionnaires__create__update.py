# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'questionnaires__create__update' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import UNSET, Unset


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireOption:
    """QuestionnaireOption"""

    label: dict[str, str]
    """Language code → text."""
    value: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireFormElementValidation:
    """QuestionnaireFormElementValidation"""

    pattern: str | None = attrs.field(default=None)
    min_length: int | None = attrs.field(default=None)
    max_length: int | None = attrs.field(default=None)
    min: float | None = attrs.field(default=None)
    max: float | None = attrs.field(default=None)
    error_message: dict[str, str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireFormElement:
    """One question. `options` is required for multiple_choice and checkbox (the spec can state the
    multiple_choice case; the checkbox case is checked by Didit).
    """

    element_type: str
    label: dict[str, str]
    """Language code → question text."""
    is_required: bool | None = attrs.field(default=None)
    options: list[QuestionnaireOption] | None = attrs.field(default=None)
    id: str | None = attrs.field(default=None)
    description: dict[str, str] | None | Unset = attrs.field(default=UNSET)
    placeholder: dict[str, str] | None | Unset = attrs.field(default=UNSET)
    max_files: int | None = attrs.field(default=None)
    validation: QuestionnaireFormElementValidation | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireQuestionOption:
    """QuestionnaireQuestionOption"""

    value: str
    text: str | dict[str, str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireBranchRule:
    """When the answer is `if_option`, continue at question `go_to` (`end` finishes the form)."""

    if_option: str
    go_to: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireQuestion:
    """One question as Didit's current tooling sends it. The shape beyond type, text, options and
    branching is unpublished: known keys are typed and any other key is passed through.
    """

    type: str
    """short_text, long_text, multiple_choice, checkbox, file_upload, date, number, ... (kept open:
    Didit may add types).
    """
    text: str | dict[str, str]
    """The question, or language code -> text."""
    id: str | None = attrs.field(default=None)
    """Your id for the question, which branching refers to."""
    description: str | None = attrs.field(default=None)
    is_required: bool | None = attrs.field(default=None)
    options: list[QuestionnaireQuestionOption] | None = attrs.field(default=None)
    branching: list[QuestionnaireBranchRule] | None = attrs.field(default=None)
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

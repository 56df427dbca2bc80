# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'questionnaires' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.questionnaires import (
    Questionnaire,
    QuestionnaireBranchRule,
    QuestionnaireCreateRequest,
    QuestionnaireFormElement,
    QuestionnaireOption,
    QuestionnaireQuestion,
    QuestionnaireQuestionOption,
    QuestionnaireUpdateRequest,
)
from . import Table, _E_inline8, check_model, encode_by_table, keys_of, new_object

_U_QuestionnaireOption: Table = (("label", "label", None, True),)


def unstructure_QuestionnaireOption(o: QuestionnaireOption) -> dict[str, Any]:
    """Encode :class:`QuestionnaireOption` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireOption)


def structure_QuestionnaireOption(d: Any) -> QuestionnaireOption:
    """Decode a JSON object into :class:`QuestionnaireOption`."""
    o = new_object(QuestionnaireOption)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireOption.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireOption
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_QuestionnaireOption(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireOption."""
    check_model(d, at, _V_QuestionnaireOption, _K_QuestionnaireOption)


_U_QuestionnaireFormElement: Table = (
    ("element_type", "element_type", None, True),
    ("label", "label", None, True),
    ("is_required", "is_required", None, False),
    (
        "options",
        "options",
        lambda v: (
            [
                unstructure_QuestionnaireOption(x) if isinstance(x, QuestionnaireOption) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_QuestionnaireFormElement(o: QuestionnaireFormElement) -> dict[str, Any]:
    """Encode :class:`QuestionnaireFormElement` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireFormElement)


def structure_QuestionnaireFormElement(d: Any) -> QuestionnaireFormElement:
    """Decode a JSON object into :class:`QuestionnaireFormElement`."""
    v: Any
    o = new_object(QuestionnaireFormElement)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireFormElement.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireFormElement
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "options" in vals:
        v = vals["options"]
        if v and v.__class__ is list:
            vals["options"] = [
                structure_QuestionnaireOption(x) if x.__class__ is dict else x for x in v
            ]
    return o


def validate_QuestionnaireFormElement(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireFormElement."""
    check_model(d, at, _V_QuestionnaireFormElement, _K_QuestionnaireFormElement)


_U_QuestionnaireQuestionOption: Table = (
    ("value", "value", None, True),
    ("text", "text", None, False),
)


def unstructure_QuestionnaireQuestionOption(o: QuestionnaireQuestionOption) -> dict[str, Any]:
    """Encode :class:`QuestionnaireQuestionOption` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireQuestionOption)


def structure_QuestionnaireQuestionOption(d: Any) -> QuestionnaireQuestionOption:
    """Decode a JSON object into :class:`QuestionnaireQuestionOption`."""
    o = new_object(QuestionnaireQuestionOption)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireQuestionOption.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireQuestionOption
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_QuestionnaireQuestionOption(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireQuestionOption."""
    check_model(d, at, _V_QuestionnaireQuestionOption, _K_QuestionnaireQuestionOption)


_U_QuestionnaireBranchRule: Table = (
    ("if_option", "if_option", None, True),
    ("go_to", "go_to", None, True),
)


def unstructure_QuestionnaireBranchRule(o: QuestionnaireBranchRule) -> dict[str, Any]:
    """Encode :class:`QuestionnaireBranchRule` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireBranchRule)


def structure_QuestionnaireBranchRule(d: Any) -> QuestionnaireBranchRule:
    """Decode a JSON object into :class:`QuestionnaireBranchRule`."""
    o = new_object(QuestionnaireBranchRule)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireBranchRule.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireBranchRule
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_QuestionnaireBranchRule(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireBranchRule."""
    check_model(d, at, _V_QuestionnaireBranchRule, _K_QuestionnaireBranchRule)


_U_QuestionnaireQuestion: Table = (
    ("id", "id", None, False),
    ("type", "type", None, True),
    ("text", "text", None, True),
    ("description", "description", None, False),
    ("is_required", "is_required", None, False),
    (
        "options",
        "options",
        lambda v: (
            [
                unstructure_QuestionnaireQuestionOption(x)
                if isinstance(x, QuestionnaireQuestionOption)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "branching",
        "branching",
        lambda v: (
            [
                unstructure_QuestionnaireBranchRule(x)
                if isinstance(x, QuestionnaireBranchRule)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_QuestionnaireQuestion(o: QuestionnaireQuestion) -> dict[str, Any]:
    """Encode :class:`QuestionnaireQuestion` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireQuestion)


def structure_QuestionnaireQuestion(d: Any) -> QuestionnaireQuestion:
    """Decode a JSON object into :class:`QuestionnaireQuestion`."""
    v: Any
    o = new_object(QuestionnaireQuestion)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireQuestion.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireQuestion
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "options" in vals:
        v = vals["options"]
        if v and v.__class__ is list:
            vals["options"] = [
                structure_QuestionnaireQuestionOption(x) if x.__class__ is dict else x for x in v
            ]
    if "branching" in vals:
        v = vals["branching"]
        if v and v.__class__ is list:
            vals["branching"] = [
                structure_QuestionnaireBranchRule(x) if x.__class__ is dict else x for x in v
            ]
    return o


def validate_QuestionnaireQuestion(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireQuestion."""
    check_model(d, at, _V_QuestionnaireQuestion, _K_QuestionnaireQuestion)


_U_QuestionnaireCreateRequest: Table = (
    ("title", "title", None, True),
    ("description", "description", None, False),
    ("default_language", "default_language", None, False),
    ("languages", "languages", None, False),
    (
        "form_elements",
        "form_elements",
        lambda v: (
            [
                unstructure_QuestionnaireFormElement(x)
                if isinstance(x, QuestionnaireFormElement)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "questions",
        "questions",
        lambda v: (
            [
                unstructure_QuestionnaireQuestion(x) if isinstance(x, QuestionnaireQuestion) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_QuestionnaireCreateRequest(o: QuestionnaireCreateRequest) -> dict[str, Any]:
    """Encode :class:`QuestionnaireCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireCreateRequest)


def structure_QuestionnaireCreateRequest(d: Any) -> QuestionnaireCreateRequest:
    """Decode a JSON object into :class:`QuestionnaireCreateRequest`."""
    v: Any
    o = new_object(QuestionnaireCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "form_elements" in vals:
        v = vals["form_elements"]
        if v and v.__class__ is list:
            vals["form_elements"] = [
                structure_QuestionnaireFormElement(x) if x.__class__ is dict else x for x in v
            ]
    if "questions" in vals:
        v = vals["questions"]
        if v and v.__class__ is list:
            vals["questions"] = [
                structure_QuestionnaireQuestion(x) if x.__class__ is dict else x for x in v
            ]
    return o


def validate_QuestionnaireCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireCreateRequest."""
    check_model(d, at, _V_QuestionnaireCreateRequest, _K_QuestionnaireCreateRequest)


_U_QuestionnaireUpdateRequest: Table = (
    ("title", "title", None, False),
    ("description", "description", None, False),
    ("default_language", "default_language", None, False),
    ("languages", "languages", None, False),
    (
        "form_elements",
        "form_elements",
        lambda v: (
            [
                unstructure_QuestionnaireFormElement(x)
                if isinstance(x, QuestionnaireFormElement)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "questions",
        "questions",
        lambda v: (
            [
                unstructure_QuestionnaireQuestion(x) if isinstance(x, QuestionnaireQuestion) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_QuestionnaireUpdateRequest(o: QuestionnaireUpdateRequest) -> dict[str, Any]:
    """Encode :class:`QuestionnaireUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireUpdateRequest)


def structure_QuestionnaireUpdateRequest(d: Any) -> QuestionnaireUpdateRequest:
    """Decode a JSON object into :class:`QuestionnaireUpdateRequest`."""
    v: Any
    o = new_object(QuestionnaireUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "form_elements" in vals:
        v = vals["form_elements"]
        if v and v.__class__ is list:
            vals["form_elements"] = [
                structure_QuestionnaireFormElement(x) if x.__class__ is dict else x for x in v
            ]
    if "questions" in vals:
        v = vals["questions"]
        if v and v.__class__ is list:
            vals["questions"] = [
                structure_QuestionnaireQuestion(x) if x.__class__ is dict else x for x in v
            ]
    return o


def validate_QuestionnaireUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireUpdateRequest."""
    check_model(d, at, _V_QuestionnaireUpdateRequest, _K_QuestionnaireUpdateRequest)


_U_Questionnaire: Table = (
    ("uuid", "uuid", None, True),
    ("title", "title", None, False),
    ("description", "description", None, False),
    ("default_language", "default_language", None, False),
    ("languages", "languages", None, False),
    (
        "form_elements",
        "form_elements",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_Questionnaire(o: Questionnaire) -> dict[str, Any]:
    """Encode :class:`Questionnaire` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_Questionnaire)


def structure_Questionnaire(d: Any) -> Questionnaire:
    """Decode a JSON object into :class:`Questionnaire`."""
    o = new_object(Questionnaire)
    vals = o.__dict__
    vals.update(d)
    if _K_Questionnaire.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Questionnaire
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_QuestionnaireOption = keys_of(_U_QuestionnaireOption)
_K_QuestionnaireFormElement = keys_of(_U_QuestionnaireFormElement)
_K_QuestionnaireQuestionOption = keys_of(_U_QuestionnaireQuestionOption)
_K_QuestionnaireBranchRule = keys_of(_U_QuestionnaireBranchRule)
_K_QuestionnaireQuestion = keys_of(_U_QuestionnaireQuestion)
_K_QuestionnaireCreateRequest = keys_of(_U_QuestionnaireCreateRequest)
_K_QuestionnaireUpdateRequest = keys_of(_U_QuestionnaireUpdateRequest)
_K_Questionnaire = keys_of(_U_Questionnaire)

_V_QuestionnaireOption: Any = (
    "QuestionnaireOption",
    False,
    0,
    (("label", True, False, ("map", 0, ("str", None, None, None, None, ()))),),
    (),
)

_V_QuestionnaireFormElement: Any = (
    "QuestionnaireFormElement",
    False,
    0,
    (
        (
            "element_type",
            True,
            False,
            (
                "enum",
                _E_inline8,
                "short_text, long_text, multiple_choice, checkbox, file_upload, date, number",
            ),
        ),
        ("label", True, False, ("map", 1, ("str", None, None, None, None, ()))),
        ("is_required", False, False, ("bool",)),
        (
            "options",
            False,
            False,
            ("list", 1, None, ("model", validate_QuestionnaireOption), False),
        ),
    ),
    (
        (
            ("element_type",),
            (("element_type", "multiple_choice"),),
            ("options",),
            'element_type is "multiple_choice"',
        ),
    ),
)

_V_QuestionnaireQuestionOption: Any = (
    "QuestionnaireQuestionOption",
    False,
    0,
    (
        ("value", True, False, ("str", 1, None, None, None, ())),
        (
            "text",
            False,
            False,
            (
                "union",
                ("string", "object"),
                (
                    ("string", ("str", None, None, None, None, ())),
                    ("object", ("map", 0, ("str", None, None, None, None, ()))),
                ),
            ),
        ),
    ),
    (),
)

_V_QuestionnaireBranchRule: Any = (
    "QuestionnaireBranchRule",
    False,
    0,
    (
        ("if_option", True, False, ("str", 1, None, None, None, ())),
        ("go_to", True, False, ("str", 1, None, None, None, ())),
    ),
    (),
)

_V_QuestionnaireQuestion: Any = (
    "QuestionnaireQuestion",
    False,
    0,
    (
        ("id", False, False, ("str", None, None, None, None, ())),
        ("type", True, False, ("str", 1, None, None, None, ())),
        (
            "text",
            True,
            False,
            (
                "union",
                ("string", "object"),
                (
                    ("string", ("str", 1, None, None, None, ())),
                    ("object", ("map", 0, ("str", None, None, None, None, ()))),
                ),
            ),
        ),
        ("description", False, False, ("str", None, None, None, None, ())),
        ("is_required", False, False, ("bool",)),
        (
            "options",
            False,
            False,
            ("list", None, None, ("model", validate_QuestionnaireQuestionOption), False),
        ),
        (
            "branching",
            False,
            False,
            ("list", None, None, ("model", validate_QuestionnaireBranchRule), False),
        ),
    ),
    ((("type",), (("type", "multiple_choice"),), ("options",), 'type is "multiple_choice"'),),
)

_V_QuestionnaireCreateRequest: Any = (
    "QuestionnaireCreateRequest",
    False,
    0,
    (
        ("title", True, False, ("str", 1, None, None, None, ())),
        ("description", False, False, ("str", None, None, None, None, ())),
        ("default_language", False, False, ("str", None, None, None, None, ())),
        (
            "languages",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        (
            "form_elements",
            False,
            False,
            ("list", 1, None, ("model", validate_QuestionnaireFormElement), False),
        ),
        (
            "questions",
            False,
            False,
            ("list", 1, None, ("model", validate_QuestionnaireQuestion), False),
        ),
    ),
    (),
)

_V_QuestionnaireUpdateRequest: Any = (
    "QuestionnaireUpdateRequest",
    False,
    0,
    (
        ("title", False, False, ("str", 1, None, None, None, ())),
        ("description", False, False, ("str", None, None, None, None, ())),
        ("default_language", False, False, ("str", None, None, None, None, ())),
        (
            "languages",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        (
            "form_elements",
            False,
            False,
            ("list", 1, None, ("model", validate_QuestionnaireFormElement), False),
        ),
        (
            "questions",
            False,
            False,
            ("list", 1, None, ("model", validate_QuestionnaireQuestion), False),
        ),
    ),
    (),
)

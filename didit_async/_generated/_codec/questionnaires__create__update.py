# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'questionnaires__create__update' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.questionnaires__create__update import (
    QuestionnaireBranchRule,
    QuestionnaireFormElement,
    QuestionnaireFormElementValidation,
    QuestionnaireOption,
    QuestionnaireQuestion,
    QuestionnaireQuestionOption,
)
from . import Table, _E_inline50, check_model, encode_by_table, keys_of, new_object

_U_QuestionnaireOption: Table = (
    ("label", "label", None, True),
    ("value", "value", None, False),
)


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


_U_QuestionnaireFormElementValidation: Table = (
    ("pattern", "pattern", None, False),
    ("min_length", "min_length", None, False),
    ("max_length", "max_length", None, False),
    ("min", "min", None, False),
    ("max", "max", None, False),
    ("error_message", "error_message", None, False),
)


def unstructure_QuestionnaireFormElementValidation(
    o: QuestionnaireFormElementValidation,
) -> dict[str, Any]:
    """Encode :class:`QuestionnaireFormElementValidation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireFormElementValidation)


def structure_QuestionnaireFormElementValidation(d: Any) -> QuestionnaireFormElementValidation:
    """Decode a JSON object into :class:`QuestionnaireFormElementValidation`."""
    o = new_object(QuestionnaireFormElementValidation)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireFormElementValidation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireFormElementValidation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_QuestionnaireFormElementValidation(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireFormElementValidation."""
    check_model(d, at, _V_QuestionnaireFormElementValidation, _K_QuestionnaireFormElementValidation)


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
    ("id", "id", None, False),
    ("description", "description", None, True),
    ("placeholder", "placeholder", None, True),
    ("max_files", "max_files", None, False),
    (
        "validation",
        "validation",
        lambda v: (
            unstructure_QuestionnaireFormElementValidation(v)
            if isinstance(v, QuestionnaireFormElementValidation)
            else v
        ),
        True,
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
    if "validation" in vals:
        v = vals["validation"]
        if v.__class__ is dict:
            vals["validation"] = structure_QuestionnaireFormElementValidation(v)
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


_K_QuestionnaireOption = keys_of(_U_QuestionnaireOption)
_K_QuestionnaireFormElementValidation = keys_of(_U_QuestionnaireFormElementValidation)
_K_QuestionnaireFormElement = keys_of(_U_QuestionnaireFormElement)
_K_QuestionnaireQuestionOption = keys_of(_U_QuestionnaireQuestionOption)
_K_QuestionnaireBranchRule = keys_of(_U_QuestionnaireBranchRule)
_K_QuestionnaireQuestion = keys_of(_U_QuestionnaireQuestion)

_V_QuestionnaireOption: Any = (
    "QuestionnaireOption",
    False,
    0,
    (
        ("label", True, False, ("map", 0, ("str", None, None, None, None, ()))),
        ("value", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_QuestionnaireFormElementValidation: Any = (
    "QuestionnaireFormElementValidation",
    False,
    0,
    (
        ("pattern", False, False, ("str", None, None, None, None, ())),
        ("min_length", False, False, ("int", 0, None)),
        ("max_length", False, False, ("int", 0, None)),
        ("min", False, False, ("num", None, None)),
        ("max", False, False, ("num", None, None)),
        ("error_message", False, False, ("map", 0, ("str", None, None, None, None, ()))),
    ),
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
                _E_inline50,
                "short_text, long_text, multiple_choice, checkbox, file_upload, date, number, dropdown, single_choice, image, time, email, address, phone, country, date_picker, consent, section_header, separator, heading, paragraph",
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
        ("id", False, False, ("str", None, None, None, None, ())),
        ("description", False, True, ("map", 0, ("str", None, None, None, None, ()))),
        ("placeholder", False, True, ("map", 0, ("str", None, None, None, None, ()))),
        ("max_files", False, False, ("int", 1, 5)),
        ("validation", False, True, ("model", validate_QuestionnaireFormElementValidation)),
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

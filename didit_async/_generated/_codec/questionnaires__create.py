# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'questionnaires__create' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.questionnaires__create import QuestionnaireCreateRequest
from ..models.questionnaires__create__update import QuestionnaireFormElement, QuestionnaireQuestion
from . import Table, _E_inline48, check_model, encode_by_table, keys_of, new_object
from .questionnaires__create__update import (
    structure_QuestionnaireFormElement,
    structure_QuestionnaireQuestion,
    unstructure_QuestionnaireFormElement,
    unstructure_QuestionnaireQuestion,
    validate_QuestionnaireFormElement,
    validate_QuestionnaireQuestion,
)

_U_QuestionnaireCreateRequest: Table = (
    ("title", "title", None, True),
    ("description", "description", None, True),
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
    ("is_active", "is_active", None, False),
    ("status", "status", None, False),
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


_K_QuestionnaireCreateRequest = keys_of(_U_QuestionnaireCreateRequest)

_V_QuestionnaireCreateRequest: Any = (
    "QuestionnaireCreateRequest",
    False,
    0,
    (
        ("title", True, False, ("str", 1, None, None, None, ())),
        ("description", False, True, ("str", None, None, None, None, ())),
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
        ("is_active", False, False, ("bool",)),
        ("status", False, False, ("enum", _E_inline48, "draft, published")),
    ),
    (),
)

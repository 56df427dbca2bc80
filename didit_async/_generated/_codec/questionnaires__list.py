# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'questionnaires__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.questionnaires import Questionnaire
from ..models.questionnaires__list import QuestionnaireListPage
from . import Table, encode_by_table, keys_of, new_object
from .questionnaires import structure_Questionnaire, unstructure_Questionnaire

_U_QuestionnaireListPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_Questionnaire(x) if isinstance(x, Questionnaire) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_QuestionnaireListPage(o: QuestionnaireListPage) -> dict[str, Any]:
    """Encode :class:`QuestionnaireListPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_QuestionnaireListPage)


def structure_QuestionnaireListPage(d: Any) -> QuestionnaireListPage:
    """Decode a JSON object into :class:`QuestionnaireListPage`."""
    v: Any
    o = new_object(QuestionnaireListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_Questionnaire(x) if x.__class__ is dict else x for x in v]
    return o


_K_QuestionnaireListPage = keys_of(_U_QuestionnaireListPage)

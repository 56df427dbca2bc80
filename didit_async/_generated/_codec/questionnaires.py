# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'questionnaires' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.questionnaires import Questionnaire
from . import Table, encode_by_table, keys_of, new_object

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
    ("questionnaire_id", "questionnaire_id", None, False),
    ("is_active", "is_active", None, False),
    ("is_simple_questionnaire", "is_simple_questionnaire", None, False),
    (
        "graph",
        "graph",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "sections",
        "sections",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("questionnaire_group_id", "questionnaire_group_id", None, False),
    ("version", "version", None, False),
    ("status", "status", None, False),
    ("published_at", "published_at", None, False),
    ("is_editable", "is_editable", None, False),
    ("question_types", "question_types", None, False),
    ("workflow_names", "workflow_names", None, False),
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


_K_Questionnaire = keys_of(_U_Questionnaire)

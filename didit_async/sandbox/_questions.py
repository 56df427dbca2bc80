"""Checks on a questionnaire's ``questions`` (the shape Didit's current tooling sends).

A multiple-choice or checkbox question needs options; option values are unique within a
question; question ids are unique; a branching rule names one of its question's option values
and continues at a known question id or ``end``. Each failure is a field-keyed 400.
"""

from __future__ import annotations

from typing import Any

from ._state import _field_error

__all__ = ["check_questions"]

NEEDS_OPTIONS = ("multiple_choice", "checkbox")


def check_questions(questions: list[Any]) -> None:
    """Raise a 400 ``ApiError`` for the first problem in ``questions``."""
    if not questions:
        raise _field_error("questions", "Give at least one question.")
    ids = [q.get("id") for q in questions if isinstance(q, dict) and q.get("id")]
    if len(ids) != len(set(ids)):
        raise _field_error("questions", "Question ids must be unique.")
    for n, q in enumerate(questions, start=1):
        if not isinstance(q, dict) or not q.get("type") or not q.get("text"):
            raise _field_error("questions", f"Question {n} needs a type and a text.")
        options = q.get("options") or []
        values = [o.get("value") for o in options if isinstance(o, dict)]
        if q["type"] in NEEDS_OPTIONS and not values:
            raise _field_error("questions", f"Question {n} ({q['type']}) needs options.")
        if len(values) != len(set(values)):
            raise _field_error("questions", f"Question {n} repeats an option value.")
        for rule in q.get("branching") or []:
            if not isinstance(rule, dict):
                raise _field_error("questions", f"Question {n} has a malformed branching rule.")
            if rule.get("if_option") not in values:
                raise _field_error(
                    "questions", f"Question {n} branches on an option it does not have."
                )
            if rule.get("go_to") != "end" and rule.get("go_to") not in ids:
                raise _field_error("questions", f"Question {n} branches to an unknown question.")

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_notes__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.cases import CaseNote
from ..models.cases_notes__list import CaseNotePage
from . import Table, encode_by_table, keys_of, new_object
from .cases import structure_CaseNote, unstructure_CaseNote

_U_CaseNotePage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_CaseNote(x) if isinstance(x, CaseNote) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_CaseNotePage(o: CaseNotePage) -> dict[str, Any]:
    """Encode :class:`CaseNotePage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseNotePage)


def structure_CaseNotePage(d: Any) -> CaseNotePage:
    """Decode a JSON object into :class:`CaseNotePage`."""
    v: Any
    o = new_object(CaseNotePage)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseNotePage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseNotePage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_CaseNote(x) if x.__class__ is dict else x for x in v]
    return o


_K_CaseNotePage = keys_of(_U_CaseNotePage)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__list_events' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.cases import CaseEvent
from ..models.cases__list_events import CaseEventPage
from . import Table, encode_by_table, keys_of, new_object
from .cases import structure_CaseEvent, unstructure_CaseEvent

_U_CaseEventPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_CaseEvent(x) if isinstance(x, CaseEvent) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_CaseEventPage(o: CaseEventPage) -> dict[str, Any]:
    """Encode :class:`CaseEventPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseEventPage)


def structure_CaseEventPage(d: Any) -> CaseEventPage:
    """Decode a JSON object into :class:`CaseEventPage`."""
    v: Any
    o = new_object(CaseEventPage)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseEventPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseEventPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_CaseEvent(x) if x.__class__ is dict else x for x in v]
    return o


_K_CaseEventPage = keys_of(_U_CaseEventPage)

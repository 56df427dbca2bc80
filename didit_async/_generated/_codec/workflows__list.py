# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'workflows__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.workflows import Workflow
from ..models.workflows__list import WorkflowListPage
from . import Table, encode_by_table, keys_of, new_object
from .workflows import structure_Workflow, unstructure_Workflow

_U_WorkflowListPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_Workflow(x) if isinstance(x, Workflow) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_WorkflowListPage(o: WorkflowListPage) -> dict[str, Any]:
    """Encode :class:`WorkflowListPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WorkflowListPage)


def structure_WorkflowListPage(d: Any) -> WorkflowListPage:
    """Decode a JSON object into :class:`WorkflowListPage`."""
    v: Any
    o = new_object(WorkflowListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_WorkflowListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WorkflowListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_Workflow(x) if x.__class__ is dict else x for x in v]
    return o


_K_WorkflowListPage = keys_of(_U_WorkflowListPage)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'businesses__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.businesses__list import BusinessListPage
from ..models.shared__businesses_kyb import Business
from . import Table, encode_by_table, keys_of, new_object
from .shared__businesses_kyb import structure_Business, unstructure_Business

_U_BusinessListPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_Business(x) if isinstance(x, Business) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_BusinessListPage(o: BusinessListPage) -> dict[str, Any]:
    """Encode :class:`BusinessListPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BusinessListPage)


def structure_BusinessListPage(d: Any) -> BusinessListPage:
    """Decode a JSON object into :class:`BusinessListPage`."""
    v: Any
    o = new_object(BusinessListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_Business(x) if x.__class__ is dict else x for x in v]
    return o


_K_BusinessListPage = keys_of(_U_BusinessListPage)

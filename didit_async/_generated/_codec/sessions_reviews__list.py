# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions_reviews__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions import SessionReview
from ..models.sessions_reviews__list import SessionReviewPage
from . import Table, encode_by_table, keys_of, new_object
from .sessions import structure_SessionReview, unstructure_SessionReview

_U_SessionReviewPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_SessionReview(x) if isinstance(x, SessionReview) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_SessionReviewPage(o: SessionReviewPage) -> dict[str, Any]:
    """Encode :class:`SessionReviewPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionReviewPage)


def structure_SessionReviewPage(d: Any) -> SessionReviewPage:
    """Decode a JSON object into :class:`SessionReviewPage`."""
    v: Any
    o = new_object(SessionReviewPage)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionReviewPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionReviewPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_SessionReview(x) if x.__class__ is dict else x for x in v]
    return o


_K_SessionReviewPage = keys_of(_U_SessionReviewPage)

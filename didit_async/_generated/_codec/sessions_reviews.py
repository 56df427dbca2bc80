# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions_reviews' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions import SessionReview
from ..models.sessions_reviews import CreateReviewRequest, SessionReviewPage
from . import Table, _E_inline2, check_model, encode_by_table, keys_of, new_object
from .sessions import structure_SessionReview, unstructure_SessionReview

_U_CreateReviewRequest: Table = (
    ("new_status", "new_status", None, True),
    ("comment", "comment", None, False),
)


def unstructure_CreateReviewRequest(o: CreateReviewRequest) -> dict[str, Any]:
    """Encode :class:`CreateReviewRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CreateReviewRequest)


def structure_CreateReviewRequest(d: Any) -> CreateReviewRequest:
    """Decode a JSON object into :class:`CreateReviewRequest`."""
    o = new_object(CreateReviewRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CreateReviewRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CreateReviewRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CreateReviewRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CreateReviewRequest."""
    check_model(d, at, _V_CreateReviewRequest, _K_CreateReviewRequest)


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


_K_CreateReviewRequest = keys_of(_U_CreateReviewRequest)
_K_SessionReviewPage = keys_of(_U_SessionReviewPage)

_V_CreateReviewRequest: Any = (
    "CreateReviewRequest",
    False,
    0,
    (
        ("new_status", True, False, ("enum", _E_inline2, "Approved, Declined, In Review")),
        ("comment", False, False, ("str", None, 10000, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions_reviews__create' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions_reviews__create import CreateReviewRequest
from . import Table, _E_inline40, check_model, encode_by_table, keys_of, new_object

_U_CreateReviewRequest: Table = (
    ("new_status", "new_status", None, True),
    ("comment", "comment", None, True),
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


_K_CreateReviewRequest = keys_of(_U_CreateReviewRequest)

_V_CreateReviewRequest: Any = (
    "CreateReviewRequest",
    False,
    0,
    (
        (
            "new_status",
            False,
            True,
            (
                "enum",
                _E_inline40,
                "Approved, Declined, In Review, Not Started, In Progress, Expired, Abandoned, Kyc Expired, Resubmitted, Awaiting User",
            ),
        ),
        ("comment", False, True, ("str", None, 10000, None, None, ())),
    ),
    (),
)

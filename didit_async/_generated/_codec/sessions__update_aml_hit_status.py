# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__update_aml_hit_status' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import AmlHitReviewStatus
from ..models.sessions__update_aml_hit_status import (
    UpdateAmlHitStatusRequest,
    UpdateAmlHitStatusResponse,
)
from . import (
    Table,
    _E_AmlHitReviewStatus,
    _M_AmlHitReviewStatus,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_UpdateAmlHitStatusRequest: Table = (
    ("hit_id", "hit_id", None, True),
    (
        "review_status",
        "review_status",
        lambda v: v.value if isinstance(v, AmlHitReviewStatus) else v,
        True,
    ),
    ("node_id", "node_id", None, False),
)


def unstructure_UpdateAmlHitStatusRequest(o: UpdateAmlHitStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateAmlHitStatusRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateAmlHitStatusRequest)


def structure_UpdateAmlHitStatusRequest(d: Any) -> UpdateAmlHitStatusRequest:
    """Decode a JSON object into :class:`UpdateAmlHitStatusRequest`."""
    v: Any
    o = new_object(UpdateAmlHitStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateAmlHitStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateAmlHitStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "review_status" in vals:
        v = vals["review_status"]
        if v.__class__ is str:
            vals["review_status"] = _M_AmlHitReviewStatus[v]
    return o


def validate_UpdateAmlHitStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateAmlHitStatusRequest."""
    check_model(d, at, _V_UpdateAmlHitStatusRequest, _K_UpdateAmlHitStatusRequest)


_U_UpdateAmlHitStatusResponse: Table = (
    ("message", "message", None, False),
    ("hit_id", "hit_id", None, False),
    ("review_status", "review_status", None, False),
)


def unstructure_UpdateAmlHitStatusResponse(o: UpdateAmlHitStatusResponse) -> dict[str, Any]:
    """Encode :class:`UpdateAmlHitStatusResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateAmlHitStatusResponse)


def structure_UpdateAmlHitStatusResponse(d: Any) -> UpdateAmlHitStatusResponse:
    """Decode a JSON object into :class:`UpdateAmlHitStatusResponse`."""
    o = new_object(UpdateAmlHitStatusResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateAmlHitStatusResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateAmlHitStatusResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_UpdateAmlHitStatusRequest = keys_of(_U_UpdateAmlHitStatusRequest)
_K_UpdateAmlHitStatusResponse = keys_of(_U_UpdateAmlHitStatusResponse)

_V_UpdateAmlHitStatusRequest: Any = (
    "UpdateAmlHitStatusRequest",
    False,
    0,
    (
        ("hit_id", True, False, ("str", 1, None, None, None, ())),
        (
            "review_status",
            True,
            False,
            (
                "enum",
                _E_AmlHitReviewStatus,
                "Unreviewed, Confirmed Match, False Positive, Inconclusive",
            ),
        ),
        ("node_id", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'lists__update' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.lists__update import ListUpdateRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_ListUpdateRequest: Table = (
    ("name", "name", None, False),
    ("description", "description", None, False),
)


def unstructure_ListUpdateRequest(o: ListUpdateRequest) -> dict[str, Any]:
    """Encode :class:`ListUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListUpdateRequest)


def structure_ListUpdateRequest(d: Any) -> ListUpdateRequest:
    """Decode a JSON object into :class:`ListUpdateRequest`."""
    o = new_object(ListUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ListUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ListUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ListUpdateRequest."""
    check_model(d, at, _V_ListUpdateRequest, _K_ListUpdateRequest)


_K_ListUpdateRequest = keys_of(_U_ListUpdateRequest)

_V_ListUpdateRequest: Any = (
    "ListUpdateRequest",
    False,
    0,
    (
        ("name", False, False, ("str", 1, None, None, None, ())),
        ("description", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

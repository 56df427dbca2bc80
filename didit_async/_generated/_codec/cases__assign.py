# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__assign' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email, is_uuid

from ..models.cases__assign import CaseAssignRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_CaseAssignRequest: Table = (
    ("assignee_user_id", "assignee_user_id", None, True),
    ("assignee_email", "assignee_email", None, True),
    ("assignee_name", "assignee_name", None, True),
)


def unstructure_CaseAssignRequest(o: CaseAssignRequest) -> dict[str, Any]:
    """Encode :class:`CaseAssignRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseAssignRequest)


def structure_CaseAssignRequest(d: Any) -> CaseAssignRequest:
    """Decode a JSON object into :class:`CaseAssignRequest`."""
    o = new_object(CaseAssignRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseAssignRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseAssignRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseAssignRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseAssignRequest."""
    check_model(d, at, _V_CaseAssignRequest, _K_CaseAssignRequest)


_K_CaseAssignRequest = keys_of(_U_CaseAssignRequest)

_V_CaseAssignRequest: Any = (
    "CaseAssignRequest",
    False,
    0,
    (
        ("assignee_user_id", True, True, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("assignee_email", False, True, ("str", None, None, None, (is_email, "email"), ())),
        ("assignee_name", False, True, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__bulk_assign' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email, is_uuid

from ..models.cases__bulk_assign import CaseBulkAssignRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_CaseBulkAssignRequest: Table = (
    ("case_uuids", "case_uuids", None, True),
    ("assignee_user_id", "assignee_user_id", None, True),
    ("assignee_email", "assignee_email", None, True),
    ("assignee_name", "assignee_name", None, True),
)


def unstructure_CaseBulkAssignRequest(o: CaseBulkAssignRequest) -> dict[str, Any]:
    """Encode :class:`CaseBulkAssignRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBulkAssignRequest)


def structure_CaseBulkAssignRequest(d: Any) -> CaseBulkAssignRequest:
    """Decode a JSON object into :class:`CaseBulkAssignRequest`."""
    o = new_object(CaseBulkAssignRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBulkAssignRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBulkAssignRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseBulkAssignRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseBulkAssignRequest."""
    check_model(d, at, _V_CaseBulkAssignRequest, _K_CaseBulkAssignRequest)


_K_CaseBulkAssignRequest = keys_of(_U_CaseBulkAssignRequest)

_V_CaseBulkAssignRequest: Any = (
    "CaseBulkAssignRequest",
    False,
    0,
    (
        (
            "case_uuids",
            True,
            False,
            ("list", 1, None, ("str", None, None, None, (is_uuid, "uuid"), ()), False),
        ),
        ("assignee_user_id", True, True, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("assignee_email", False, True, ("str", None, None, None, (is_email, "email"), ())),
        ("assignee_name", False, True, ("str", None, None, None, None, ())),
    ),
    (),
)

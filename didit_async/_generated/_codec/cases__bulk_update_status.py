# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__bulk_update_status' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..enums import CaseResolution, CaseStatus
from ..models.cases__bulk_update_status import CaseBulkStatusRequest
from . import (
    Table,
    _E_CaseResolution,
    _E_CaseStatus,
    _M_CaseResolution,
    _M_CaseStatus,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_CaseBulkStatusRequest: Table = (
    ("case_uuids", "case_uuids", None, True),
    ("status", "status", lambda v: v.value if isinstance(v, CaseStatus) else v, True),
    ("resolution", "resolution", lambda v: v.value if isinstance(v, CaseResolution) else v, False),
    ("note", "note", None, True),
)


def unstructure_CaseBulkStatusRequest(o: CaseBulkStatusRequest) -> dict[str, Any]:
    """Encode :class:`CaseBulkStatusRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBulkStatusRequest)


def structure_CaseBulkStatusRequest(d: Any) -> CaseBulkStatusRequest:
    """Decode a JSON object into :class:`CaseBulkStatusRequest`."""
    v: Any
    o = new_object(CaseBulkStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBulkStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBulkStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_CaseStatus[v]
    if "resolution" in vals:
        v = vals["resolution"]
        if v.__class__ is str:
            vals["resolution"] = _M_CaseResolution[v]
    return o


def validate_CaseBulkStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseBulkStatusRequest."""
    check_model(d, at, _V_CaseBulkStatusRequest, _K_CaseBulkStatusRequest)


_K_CaseBulkStatusRequest = keys_of(_U_CaseBulkStatusRequest)

_V_CaseBulkStatusRequest: Any = (
    "CaseBulkStatusRequest",
    False,
    0,
    (
        (
            "case_uuids",
            True,
            False,
            ("list", 1, None, ("str", None, None, None, (is_uuid, "uuid"), ()), False),
        ),
        ("status", True, False, ("enum", _E_CaseStatus, "OPEN, AWAITING_USER, RESOLVED")),
        ("resolution", False, False, ("enum", _E_CaseResolution, "FALSE_POSITIVE, VALID_THREAT")),
        ("note", False, True, ("str", None, None, None, None, ())),
    ),
    (),
)

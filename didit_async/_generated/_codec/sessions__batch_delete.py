# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__batch_delete' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_datetime

from ..models.sessions__batch_delete import BatchDeleteSessionsRequest, BatchDeleteSessionsResponse
from ..models.sessions__batch_delete__retrieve_batch_delete_job import BatchDeleteResultItem
from . import Table, _E_inline36, check_model, encode_by_table, keys_of, new_object
from .sessions__batch_delete__retrieve_batch_delete_job import (
    structure_BatchDeleteResultItem,
    unstructure_BatchDeleteResultItem,
)

_U_BatchDeleteSessionsRequest: Table = (
    ("session_numbers", "session_numbers", None, False),
    ("delete_all", "delete_all", None, False),
    ("retain_face_embeddings", "retain_face_embeddings", None, True),
    ("face_retention_days", "face_retention_days", None, False),
    ("face_retention_deadline", "face_retention_deadline", None, False),
    ("deletion_instruction", "deletion_instruction", None, False),
    ("instruction_id", "instruction_id", None, False),
)


def unstructure_BatchDeleteSessionsRequest(o: BatchDeleteSessionsRequest) -> dict[str, Any]:
    """Encode :class:`BatchDeleteSessionsRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BatchDeleteSessionsRequest)


def structure_BatchDeleteSessionsRequest(d: Any) -> BatchDeleteSessionsRequest:
    """Decode a JSON object into :class:`BatchDeleteSessionsRequest`."""
    o = new_object(BatchDeleteSessionsRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteSessionsRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteSessionsRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_BatchDeleteSessionsRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BatchDeleteSessionsRequest."""
    check_model(d, at, _V_BatchDeleteSessionsRequest, _K_BatchDeleteSessionsRequest)


_U_BatchDeleteSessionsResponse: Table = (
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_BatchDeleteResultItem(x) if isinstance(x, BatchDeleteResultItem) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("job_id", "job_id", None, False),
    ("status", "status", None, False),
    ("total", "total", None, False),
    ("deleted_count", "deleted_count", None, False),
    ("detail", "detail", None, False),
)


def unstructure_BatchDeleteSessionsResponse(o: BatchDeleteSessionsResponse) -> dict[str, Any]:
    """Encode :class:`BatchDeleteSessionsResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BatchDeleteSessionsResponse)


def structure_BatchDeleteSessionsResponse(d: Any) -> BatchDeleteSessionsResponse:
    """Decode a JSON object into :class:`BatchDeleteSessionsResponse`."""
    v: Any
    o = new_object(BatchDeleteSessionsResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteSessionsResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteSessionsResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_BatchDeleteResultItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_BatchDeleteSessionsRequest = keys_of(_U_BatchDeleteSessionsRequest)
_K_BatchDeleteSessionsResponse = keys_of(_U_BatchDeleteSessionsResponse)

_V_BatchDeleteSessionsRequest: Any = (
    "BatchDeleteSessionsRequest",
    False,
    1,
    (
        (
            "session_numbers",
            False,
            False,
            (
                "list",
                1,
                None,
                (
                    "union",
                    ("integer", "string"),
                    (
                        ("integer", ("int", None, None)),
                        ("string", ("str", None, None, None, None, ())),
                    ),
                ),
                False,
            ),
        ),
        ("delete_all", False, False, ("bool",)),
        ("retain_face_embeddings", False, True, ("bool",)),
        ("face_retention_days", False, False, ("int", 1, 3650)),
        (
            "face_retention_deadline",
            False,
            False,
            ("str", None, None, None, (is_datetime, "date-time"), ()),
        ),
        (
            "deletion_instruction",
            False,
            False,
            ("enum", _E_inline36, "operational_session_delete, privacy_erasure"),
        ),
        ("instruction_id", False, False, ("str", None, 255, None, None, ())),
    ),
    ((("delete_all",), (("delete_all", False),), ("session_numbers",), "delete_all is false"),),
)

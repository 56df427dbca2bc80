# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__retrieve_batch_delete_job' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions__batch_delete__retrieve_batch_delete_job import BatchDeleteResultItem
from ..models.sessions__retrieve_batch_delete_job import BatchDeleteJob
from . import Table, encode_by_table, keys_of, new_object
from .sessions__batch_delete__retrieve_batch_delete_job import (
    structure_BatchDeleteResultItem,
    unstructure_BatchDeleteResultItem,
)

_U_BatchDeleteJob: Table = (
    ("job_id", "job_id", None, False),
    ("status", "status", None, False),
    ("total", "total", None, False),
    ("deleted_count", "deleted_count", None, False),
    ("failed_count", "failed_count", None, False),
    ("created_at", "created_at", None, False),
    ("completed_at", "completed_at", None, False),
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
)


def unstructure_BatchDeleteJob(o: BatchDeleteJob) -> dict[str, Any]:
    """Encode :class:`BatchDeleteJob` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BatchDeleteJob)


def structure_BatchDeleteJob(d: Any) -> BatchDeleteJob:
    """Decode a JSON object into :class:`BatchDeleteJob`."""
    v: Any
    o = new_object(BatchDeleteJob)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteJob.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteJob
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_BatchDeleteResultItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_BatchDeleteJob = keys_of(_U_BatchDeleteJob)

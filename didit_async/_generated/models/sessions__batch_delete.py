# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__batch_delete' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset

from .sessions__batch_delete__retrieve_batch_delete_job import BatchDeleteResultItem


@attrs.define(frozen=True, kw_only=True, slots=False)
class BatchDeleteSessionsRequest:
    """Give `session_numbers` or `delete_all: true`. The schema says so as far as the generator
    reads it: at least one property, and `session_numbers` required when `delete_all` is false.
    """

    session_numbers: Sequence[int | str] | None = attrs.field(default=None)
    """Session numbers to delete (docs samples send strings)."""
    delete_all: bool | None = attrs.field(default=None)
    """Delete every session of the application."""
    retain_face_embeddings: bool | None | Unset = attrs.field(default=UNSET)
    face_retention_days: int | None = attrs.field(default=None)
    face_retention_deadline: str | None = attrs.field(default=None)
    deletion_instruction: Literal["operational_session_delete", "privacy_erasure"] | None = (
        attrs.field(default=None)
    )
    instruction_id: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BatchDeleteSessionsResponse:
    """Sources disagree: older docs answered 204 with no body; now 200 with `results[]`, or 202
    with a deletion job when more than 20 sessions match. One tolerant shape covers both bodies.
    """

    results: list[BatchDeleteResultItem] | None = attrs.field(default=None)
    job_id: str | None = attrs.field(default=None)
    """Set when more than 20 sessions matched: poll the job."""
    status: str | None = attrs.field(default=None)
    total: int | None = attrs.field(default=None)
    deleted_count: int | None = attrs.field(default=None)
    detail: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

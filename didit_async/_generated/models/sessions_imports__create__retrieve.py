# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions_imports__create__retrieve' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionImport:
    """An import job. Only the id is certain; counters are our reading and unknown fields are kept."""

    uuid: str
    status: str | None = attrs.field(default=None)
    """pending, processing, completed, completed_with_errors or failed (our reading; other values
    kept).
    """
    import_type: str | None = attrs.field(default=None)
    source_format: str | None = attrs.field(default=None)
    source_file_url: str | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    total_rows: int | None = attrs.field(default=None)
    processed_rows: int | None = attrs.field(default=None)
    success_count: int | None = attrs.field(default=None)
    error_count: int | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    completed_at: str | None = attrs.field(default=None)
    source_filename: str | None = attrs.field(default=None)
    checkpoint_row: int | None = attrs.field(default=None)
    created_count: int | None = attrs.field(default=None)
    updated_count: int | None = attrs.field(default=None)
    skipped_count: int | None = attrs.field(default=None)
    failed_count: int | None = attrs.field(default=None)
    total_media_bytes: int | None = attrs.field(default=None)
    last_error: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    started_at: str | None = attrs.field(default=None)
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

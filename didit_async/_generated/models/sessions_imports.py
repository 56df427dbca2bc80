# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions_imports' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..enums import SessionImportType


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionImportCreateRequest:
    """SessionImportCreateRequest"""

    source_file_url: str
    """Publicly fetchable URL of the CSV or NDJSON file (not checked as a URI here, so a `data:`
    URL, which the sandbox reads, passes).
    """
    import_type: (
        SessionImportType
        | Literal["user_verification", "business_verification", "status_rules", "transactions"]
        | None
    ) = attrs.field(default=None)
    """What the rows are (Didit's default: user_verification)."""
    source_format: Literal["csv", "ndjson"] | None = attrs.field(default=None)
    """Default csv."""
    workflow_id: str | None = attrs.field(default=None)
    """Workflow the imported sessions belong to."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


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
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionImportTemplate:
    """The canonical import columns (our reading of an unpublished shape; other fields kept)."""

    columns: list[str] | None = attrs.field(default=None)
    required_columns: list[str] | None = attrs.field(default=None)
    formats: list[str] | None = attrs.field(default=None)
    example: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionImportRowError:
    """SessionImportRowError"""

    row: int | None = attrs.field(default=None)
    """1-based data row (the header is row 0)."""
    field: str | None = attrs.field(default=None)
    errors: list[str] | None = attrs.field(default=None)
    raw: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionImportErrorPage:
    """A page of an import job's row errors."""

    results: list[SessionImportRowError]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
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

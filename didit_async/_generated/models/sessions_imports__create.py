# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions_imports__create' group (see ``__init__.py``)."""

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


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'lists_entries__create' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class ListEntryCreateRequest:
    """Give `value`, `reference_session_id`, or both (Didit answers 400 for neither)."""

    value: str | None = attrs.field(default=None)
    """Optional when reference_session_id is given."""
    reference_session_id: str | None = attrs.field(default=None)
    """Session to extract the value from."""
    reference_object_uuid: str | None = attrs.field(default=None)
    """Source entity (transaction, user, business), for traceability."""
    display_label: str | None = attrs.field(default=None)
    comment: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
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

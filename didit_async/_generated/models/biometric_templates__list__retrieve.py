# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'biometric_templates__list__retrieve' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class BiometricTemplate:
    """BiometricTemplate"""

    uuid: str | None = attrs.field(default=None)
    vendor_user_uuid: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    source_type: str | None = attrs.field(default=None)
    provenance_reference: str | None = attrs.field(default=None)
    retention_policy: str | None = attrs.field(default=None)
    retention_override: bool | None = attrs.field(default=None)
    retained_at: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
    retained_by: str | None = attrs.field(default=None)
    retained_by_type: str | None = attrs.field(default=None)
    instruction_class: str | None = attrs.field(default=None)
    instruction_source: str | None = attrs.field(default=None)
    instruction_id: str | None = attrs.field(default=None)
    held_out_of_use: bool | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    purged_at: str | None = attrs.field(default=None)
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

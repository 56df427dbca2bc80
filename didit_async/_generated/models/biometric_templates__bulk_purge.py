# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'biometric_templates__bulk_purge' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import attrs

from .biometric_templates__bulk_purge__purge import BiometricTemplatePurgeResult


@attrs.define(frozen=True, kw_only=True, slots=False)
class BiometricTemplateBulkPurgeRequest:
    """BiometricTemplateBulkPurgeRequest"""

    template_uuids: Sequence[str] | None = attrs.field(default=None)
    delete_all: bool | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    vendor_user_uuid: str | None = attrs.field(default=None)
    status: (
        Literal["pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"]
        | None
    ) = attrs.field(default=None)
    source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = attrs.field(
        default=None
    )
    retained_from: str | None = attrs.field(default=None)
    retained_to: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BiometricTemplateBulkPurgeResult:
    """BiometricTemplateBulkPurgeResult"""

    results: list[BiometricTemplatePurgeResult] | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'database_validation' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from .shared import DatabaseValidationReport


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationRequest:
    """Sources disagree: skills send `id_number` (required); the newest docs send `issuing_state`,
    `validation_type`, `personal_number` and more. Both accepted.
    """

    issuing_state: str | None = attrs.field(default=None)
    """Alpha-3."""
    validation_type: str | None = attrs.field(default=None)
    id_number: str | None = attrs.field(default=None)
    """Older (skills) name of the document number."""
    personal_number: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    document_type: (
        Literal["P", "DL", "ID", "RP", "SSC", "HIC", "WP", "TC", "VISA", "PSC", "BC", "OTHER"]
        | None
    ) = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    middle_name: str | None = attrs.field(default=None)
    gender: Literal["M", "F", "X"] | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    tax_number: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    no_match_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    partial_match_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    services: Sequence[str] | None = attrs.field(default=None)
    """Restrict the sources to these service ids."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationResponse:
    """Database validation result (a 502 carries `validation_errors`)."""

    request_id: str | None = attrs.field(default=None)
    database_validation: DatabaseValidationReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
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

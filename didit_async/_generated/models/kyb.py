# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'kyb' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from .shared import Business


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSearchRequest:
    """Give a name, a registration number, or both."""

    country_code: str
    """ISO 3166-1 alpha-2."""
    name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    search_type: Literal["contains", "start_with", "fuzzy"] | None = attrs.field(default=None)
    """How `name` matches."""
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    webhook_url: str | None = attrs.field(default=None)
    """Notified when the registry answer resolves."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybCandidate:
    """KybCandidate"""

    kyb_response_id: str
    """Handle to pass to select."""
    name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSearchResponse:
    """Registry candidates (our reading; unknown fields kept)."""

    results: list[KybCandidate]
    count: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSelectRequest:
    """KybSelectRequest"""

    kyb_response_id: str
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybOfficer:
    """KybOfficer"""

    name: str | None = attrs.field(default=None)
    role: str | None = attrs.field(default=None)
    appointed_on: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybCompanyRecord:
    """A company's registry record (our reading; unknown fields kept)."""

    kyb_response_id: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    incorporation_date: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    officers: list[KybOfficer] | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    business: Business | None = attrs.field(default=None)
    """The business entity the record was stored on, when vendor_data was given (our reading).
    """
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

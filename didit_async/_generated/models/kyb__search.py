# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'kyb__search' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset


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
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
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
class KybSearchResponseKybRegistryCompany:
    """KybSearchResponseKybRegistryCompany"""

    kyb_response_id: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    fetch_status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSearchResponseKybRegistryPagination:
    """KybSearchResponseKybRegistryPagination"""

    total: int | None = attrs.field(default=None)
    page: int | None = attrs.field(default=None)
    per_page: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSearchResponseKybRegistry:
    """KybSearchResponseKybRegistry"""

    companies: list[KybSearchResponseKybRegistryCompany] | None = attrs.field(default=None)
    pagination: KybSearchResponseKybRegistryPagination | None = attrs.field(default=None)
    search_status: str | None = attrs.field(default=None)
    search_resolved: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSearchResponse:
    """Registry candidates (our reading; unknown fields kept)."""

    results: list[KybCandidate]
    count: int | None = attrs.field(default=None)
    request_id: str | None = attrs.field(default=None)
    kyb_registry: KybSearchResponseKybRegistry | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
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

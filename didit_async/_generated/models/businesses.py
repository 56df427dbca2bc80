# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'businesses' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from ..enums import UserStatus
from .shared import Business


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessCreateRequest:
    """Didit's tooling marks no field required; without vendor_data Didit assigns none we can
    address later, so the sandbox requires it (400) and so does this description's reading.
    """

    vendor_data: str
    """Your unique identifier of the business."""
    display_name: str | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    """ISO 3166-1 alpha-2."""
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessUpdateRequest:
    """A partial update."""

    display_name: str | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    """ISO 3166-1 alpha-2."""
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessUpdateStatusRequest:
    """BusinessUpdateStatusRequest"""

    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"]
    reason: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessBatchDeleteRequest:
    """Give either list (or both), or `delete_all: true`."""

    vendor_data_list: Sequence[str] | None = attrs.field(default=None)
    didit_internal_id_list: Sequence[str] | None = attrs.field(default=None)
    delete_all: bool | None = attrs.field(default=None)
    """Delete every business of the application."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessBatchDeleteResponse:
    """BusinessBatchDeleteResponse"""

    deleted_count: int | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessListPage:
    """A page of businesses."""

    results: list[Business]
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

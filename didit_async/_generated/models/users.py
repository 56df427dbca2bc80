# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'users' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from ..enums import UserStatus


@attrs.define(frozen=True, kw_only=True, slots=False)
class User:
    """A user entity, keyed by your `vendor_data` (case-sensitive, unique per application)."""

    vendor_data: str
    didit_internal_id: str | None = attrs.field(default=None)
    display_name: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    status: UserStatus | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    portrait_image: str | None = attrs.field(default=None)
    issuing_states: list[str] | None = attrs.field(default=None)
    approved_emails: list[str] | None = attrs.field(default=None)
    approved_phones: list[str] | None = attrs.field(default=None)
    features: list[str] | None = attrs.field(default=None)
    session_count: int | None = attrs.field(default=None)
    approved_count: int | None = attrs.field(default=None)
    declined_count: int | None = attrs.field(default=None)
    in_review_count: int | None = attrs.field(default=None)
    first_session_at: str | None = attrs.field(default=None)
    last_session_at: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserListPage:
    """A page of users."""

    results: list[User]
    count: int | None = attrs.field(default=None)
    """Total matching items (KYB counts are capped at 100)."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserCreateRequest:
    """UserCreateRequest"""

    vendor_data: str
    display_name: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    issuing_states: Sequence[str] | None = attrs.field(default=None)
    """Document issuing countries."""
    approved_emails: Sequence[str] | None = attrs.field(default=None)
    approved_phones: Sequence[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserUpdateRequest:
    """Profile fields (status has its own endpoint; skills also allowed `status` here)."""

    display_name: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    issuing_states: Sequence[str] | None = attrs.field(default=None)
    """Document issuing countries."""
    approved_emails: Sequence[str] | None = attrs.field(default=None)
    approved_phones: Sequence[str] | None = attrs.field(default=None)
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    """Monitoring status."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserUpdateStatusRequest:
    """UserUpdateStatusRequest"""

    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"]
    reason: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserBatchDeleteRequest:
    """Give `vendor_data_list` or `delete_all: true`: at least one property, and `vendor_data_list`
    required when `delete_all` is false.
    """

    vendor_data_list: Sequence[str] | None = attrs.field(default=None)
    delete_all: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserBatchDeleteResponse:
    """UserBatchDeleteResponse"""

    deleted_count: int | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'users' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import UserStatus


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserFeaturesList:
    """UserFeaturesList"""

    feature: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserTagTag:
    """UserTagTag"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    color: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserTag:
    """UserTag"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    color: str | None = attrs.field(default=None)
    tag: UserTagTag | None = attrs.field(default=None)
    added_by_email: str | None = attrs.field(default=None)
    added_by_name: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserComment:
    """UserComment"""

    uuid: str | None = attrs.field(default=None)
    comment_type: str | None = attrs.field(default=None)
    comment: str | None = attrs.field(default=None)
    actor_email: str | None = attrs.field(default=None)
    actor_name: str | None = attrs.field(default=None)
    previous_status: str | None = attrs.field(default=None)
    new_status: str | None = attrs.field(default=None)
    previous_value: dict[str, Any] | None = attrs.field(default=None)
    new_value: dict[str, Any] | None = attrs.field(default=None)
    changed_fields: list[str] | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    mentioned_emails: list[str] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class User:
    """A user entity, keyed by your `vendor_data` (case-sensitive, unique per application)."""

    vendor_data: str | None
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
    features: dict[str, Any] | list[str] | None = attrs.field(default=None)
    """An object in Didit's published schema (which we follow); the docs pages print a list of
    feature names, which is still read.
    """
    session_count: int | None = attrs.field(default=None)
    approved_count: int | None = attrs.field(default=None)
    declined_count: int | None = attrs.field(default=None)
    in_review_count: int | None = attrs.field(default=None)
    first_session_at: str | None = attrs.field(default=None)
    last_session_at: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    effective_name: str | None = attrs.field(default=None)
    portrait_image_url: str | None = attrs.field(default=None)
    features_list: list[UserFeaturesList] | None = attrs.field(default=None)
    last_activity_at: str | None = attrs.field(default=None)
    tags: list[UserTag] | None = attrs.field(default=None)
    comments: list[UserComment] | None = attrs.field(default=None)
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

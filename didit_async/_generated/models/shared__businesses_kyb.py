# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__businesses_kyb' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import UserStatus


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessFeaturesList:
    """BusinessFeaturesList"""

    feature: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessTag:
    """BusinessTag"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    color: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class Business:
    """A business entity keyed by your vendor_data (shape read by analogy with users; unknown
    fields kept).
    """

    vendor_data: str | None
    didit_internal_id: str | None = attrs.field(default=None)
    display_name: str | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    status: UserStatus | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    session_count: int | None = attrs.field(default=None)
    approved_count: int | None = attrs.field(default=None)
    declined_count: int | None = attrs.field(default=None)
    in_review_count: int | None = attrs.field(default=None)
    last_session_at: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    effective_name: str | None = attrs.field(default=None)
    features: dict[str, Any] | None = attrs.field(default=None)
    features_list: list[BusinessFeaturesList] | None = attrs.field(default=None)
    first_session_at: str | None = attrs.field(default=None)
    last_activity_at: str | None = attrs.field(default=None)
    tags: list[BusinessTag] | None = attrs.field(default=None)
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

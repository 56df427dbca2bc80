# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__update_data' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateSessionDataRequestParsedAddress:
    """UpdateSessionDataRequestParsedAddress"""

    address_type: str | None | Unset = attrs.field(default=UNSET)
    city: str | None | Unset = attrs.field(default=UNSET)
    region: str | None | Unset = attrs.field(default=UNSET)
    street_1: str | None | Unset = attrs.field(default=UNSET)
    street_2: str | None | Unset = attrs.field(default=UNSET)
    postal_code: str | None | Unset = attrs.field(default=UNSET)
    country: str | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateSessionDataRequest:
    """Corrections to extracted KYC data. The full field list is not documented; known fields are
    typed and others are passed through.
    """

    node_id: str | None = attrs.field(default=None)
    """Which ID-verification node to edit (defaults to the first)."""
    first_name: str | None | Unset = attrs.field(default=UNSET)
    last_name: str | None | Unset = attrs.field(default=UNSET)
    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None | Unset = attrs.field(default=UNSET)
    gender: str | None | Unset = attrs.field(default=UNSET)
    nationality: str | None | Unset = attrs.field(default=UNSET)
    document_type: str | None | Unset = attrs.field(default=UNSET)
    document_number: str | None | Unset = attrs.field(default=UNSET)
    personal_number: str | None | Unset = attrs.field(default=UNSET)
    issuing_state: str | None | Unset = attrs.field(default=UNSET)
    expiration_date: str | None | Unset = attrs.field(default=UNSET)
    date_of_issue: str | None | Unset = attrs.field(default=UNSET)
    address: str | None | Unset = attrs.field(default=UNSET)
    place_of_birth: str | None | Unset = attrs.field(default=UNSET)
    document_subtype: str | None | Unset = attrs.field(default=UNSET)
    extra_fields: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    """Document-specific extra fields."""
    marital_status: Literal["SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "UNKNOWN"] | None = (
        attrs.field(default=None)
    )
    parsed_address: UpdateSessionDataRequestParsedAddress | Mapping[str, Any] | None | Unset = (
        attrs.field(default=UNSET)
    )
    """Structured address override (the decision's parsed_address shape)."""
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

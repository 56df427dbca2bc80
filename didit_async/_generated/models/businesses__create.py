# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'businesses__create' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset

from ..enums import UserStatus


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessCreateRequest:
    """Didit's tooling marks no field required; without vendor_data Didit assigns none we can
    address later, so the sandbox requires it (400) and so does this description's reading.
    """

    vendor_data: str | None | Unset = attrs.field(default=UNSET)
    """Your unique identifier of the business. Optional in Didit's published schema, which we
    follow (the docs pages mark it required).
    """
    display_name: str | None | Unset = attrs.field(default=UNSET)
    legal_name: str | None | Unset = attrs.field(default=UNSET)
    registration_number: str | None | Unset = attrs.field(default=UNSET)
    country_code: str | None | Unset = attrs.field(default=UNSET)
    """ISO 3166-1 alpha-2."""
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
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

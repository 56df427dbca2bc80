# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__update_poa_data' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from didit_async._seam import UNSET, Unset


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdatePoaDataRequestPoaParsedAddress:
    """UpdatePoaDataRequestPoaParsedAddress"""

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
class UpdatePoaDataRequest:
    """Corrections to extracted proof-of-address data (field list partly documented; others passed
    through).
    """

    node_id: str | None = attrs.field(default=None)
    poa_address: str | None | Unset = attrs.field(default=UNSET)
    issuer: str | None | Unset = attrs.field(default=UNSET)
    issue_date: str | None | Unset = attrs.field(default=UNSET)
    document_type: str | None = attrs.field(default=None)
    name_on_document: str | None | Unset = attrs.field(default=UNSET)
    document_language: str | None | Unset = attrs.field(default=UNSET)
    extra_fields: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    issuing_state: str | None | Unset = attrs.field(default=UNSET)
    """Alpha-3."""
    poa_parsed_address: UpdatePoaDataRequestPoaParsedAddress | Mapping[str, Any] | None | Unset = (
        attrs.field(default=UNSET)
    )
    """Structured address override."""
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

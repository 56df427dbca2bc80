# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__update_data__update_poa_data' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateSessionDataResponseParsedAddress:
    """UpdateSessionDataResponseParsedAddress"""

    address_type: str | None = attrs.field(default=None)
    city: str | None = attrs.field(default=None)
    region: str | None = attrs.field(default=None)
    street_1: str | None = attrs.field(default=None)
    street_2: str | None = attrs.field(default=None)
    postal_code: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    formatted_address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateSessionDataResponsePoaParsedAddress:
    """UpdateSessionDataResponsePoaParsedAddress"""

    address_type: str | None = attrs.field(default=None)
    city: str | None = attrs.field(default=None)
    region: str | None = attrs.field(default=None)
    street_1: str | None = attrs.field(default=None)
    street_2: str | None = attrs.field(default=None)
    postal_code: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    formatted_address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateSessionDataResponse:
    """UpdateSessionDataResponse"""

    session_id: str | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
    node_id: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_subtype: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    personal_number: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    date_of_issue: str | None = attrs.field(default=None)
    expiration_date: str | None = attrs.field(default=None)
    issuing_state: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    gender: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    place_of_birth: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    marital_status: str | None = attrs.field(default=None)
    extra_fields: dict[str, Any] | None = attrs.field(default=None)
    parsed_address: UpdateSessionDataResponseParsedAddress | None = attrs.field(default=None)
    document_language: str | None = attrs.field(default=None)
    issuer: str | None = attrs.field(default=None)
    issue_date: str | None = attrs.field(default=None)
    poa_address: str | None = attrs.field(default=None)
    name_on_document: str | None = attrs.field(default=None)
    poa_parsed_address: UpdateSessionDataResponsePoaParsedAddress | None = attrs.field(default=None)
    poa_formatted_address: str | None = attrs.field(default=None)
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

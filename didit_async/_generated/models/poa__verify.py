# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'poa__verify' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from didit_async._seam import FileInput

from .shared__poa_sessions import PoaReport


@attrs.define(frozen=True, kw_only=True, slots=False)
class PoaRequest:
    """PoaRequest"""

    document: FileInput
    """JPG, PNG, TIFF or PDF, at most 15 MB."""
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    expected_address: str | None = attrs.field(default=None)
    expected_country: str | None = attrs.field(default=None)
    """Alpha-2."""
    expected_first_name: str | None = attrs.field(default=None)
    expected_last_name: str | None = attrs.field(default=None)
    document_password: str | None = attrs.field(default=None)
    poa_languages_allowed: str | None = attrs.field(default=None)
    poa_document_age_months: str | None = attrs.field(default=None)
    poa_name_mismatch_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    poa_document_issues_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    poa_document_authenticity_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(
        default=None
    )
    poa_unsupported_language_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(
        default=None
    )
    poa_address_mismatch_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    poa_issuer_not_identified_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(
        default=None
    )
    metadata: str | None = attrs.field(default=None)
    """A JSON object serialised as a string (multipart). Didit's published schema says object; in a
    multipart form it travels as its JSON text.
    """
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PoaResponse:
    """Proof-of-address result."""

    request_id: str | None = attrs.field(default=None)
    poa: PoaReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
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

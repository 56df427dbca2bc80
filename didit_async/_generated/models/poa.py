# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'poa' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import FileInput

from .shared import PoaReport


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
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PoaResponse:
    """Proof-of-address result."""

    request_id: str | None = attrs.field(default=None)
    poa: PoaReport | None = attrs.field(default=None)
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

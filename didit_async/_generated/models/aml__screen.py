# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'aml__screen' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset

from .shared__aml_sessions import AmlReport


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlRequest:
    """AmlRequest"""

    full_name: str
    date_of_birth: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    """Alpha-3."""
    document_number: str | None = attrs.field(default=None)
    entity_type: Literal["person", "company"] | None = attrs.field(default=None)
    aml_name_weight: int | None = attrs.field(default=None)
    aml_dob_weight: int | None = attrs.field(default=None)
    aml_country_weight: int | None = attrs.field(default=None)
    aml_match_score_threshold: int | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    include_adverse_media: bool | None = attrs.field(default=None)
    include_ongoing_monitoring: bool | None = attrs.field(default=None)
    """Enrol the entity in ongoing monitoring."""
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    aml_score_approve_threshold: float | None = attrs.field(default=None)
    aml_score_review_threshold: float | None = attrs.field(default=None)
    sandbox_scenario: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlResponse:
    """AML screening result."""

    request_id: str | None = attrs.field(default=None)
    aml: AmlReport | None = attrs.field(default=None)
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

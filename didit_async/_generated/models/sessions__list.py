# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__list' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import mask

from ..enums import SessionKind, SessionStatus


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListFeature:
    """SessionListFeature"""

    feature: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListPhone:
    """SessionListPhone"""

    number: str | None = attrs.field(default=None)
    is_verified: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListEmail:
    """SessionListEmail"""

    email: str | None = attrs.field(default=None)
    is_verified: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAmlScreenedData:
    """SessionListAmlScreenedData"""

    nationality: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAml:
    """SessionListAml"""

    total_hits: int | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    is_adverse_media_fetched: bool | None = attrs.field(default=None)
    screened_data: SessionListAmlScreenedData | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListLiveness:
    """SessionListLiveness"""

    method: str | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListFaceMatch:
    """SessionListFaceMatch"""

    score: float | None = attrs.field(default=None)
    source_image: str | None = attrs.field(default=None)
    target_image: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAdditionalDetailsDatabaseValidation:
    """SessionListAdditionalDetailsDatabaseValidation"""

    validation_type: str | None = attrs.field(default=None)
    match_type: str | None = attrs.field(default=None)
    identification_number: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAdditionalDetailsPoa:
    """SessionListAdditionalDetailsPoa"""

    document_type: str | None = attrs.field(default=None)
    issuer: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    name_on_document: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAdditionalDetailsPhoneVerification:
    """SessionListAdditionalDetailsPhoneVerification"""

    country_code: str | None = attrs.field(default=None)
    is_temporary: bool | None = attrs.field(default=None)
    is_ported: bool | None = attrs.field(default=None)
    is_blocked: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAdditionalDetailsEmailVerification:
    """SessionListAdditionalDetailsEmailVerification"""

    is_breached: bool | None = attrs.field(default=None)
    is_disposable: bool | None = attrs.field(default=None)
    is_undeliverable: bool | None = attrs.field(default=None)
    is_blocklisted: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAdditionalDetails:
    """SessionListAdditionalDetails"""

    aml: SessionListAml | None = attrs.field(default=None)
    liveness: SessionListLiveness | None = attrs.field(default=None)
    face_match: SessionListFaceMatch | None = attrs.field(default=None)
    database_validation: SessionListAdditionalDetailsDatabaseValidation | None = attrs.field(
        default=None
    )
    poa: SessionListAdditionalDetailsPoa | None = attrs.field(default=None)
    phone_verification: SessionListAdditionalDetailsPhoneVerification | None = attrs.field(
        default=None
    )
    email_verification: SessionListAdditionalDetailsEmailVerification | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListItem:
    """One row of the session list: KYC rows and KYB rows (`company_name`, `registration_number`,
    `workflow_*`) share this tolerant shape.
    """

    session_id: str
    session_kind: SessionKind | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    session_url: str | None = attrs.field(default=None, repr=mask)
    portrait_image: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    status: SessionStatus | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    didit_internal_id: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    features: list[SessionListFeature] | None = attrs.field(default=None)
    phone_number: SessionListPhone | None = attrs.field(default=None)
    email_address: SessionListEmail | None = attrs.field(default=None)
    additional_details: SessionListAdditionalDetails | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    workflow_type: str | None = attrs.field(default=None)
    workflow_label: str | None = attrs.field(default=None)
    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListPage:
    """A page of sessions, newest first."""

    results: list[SessionListItem]
    count: int | None = attrs.field(default=None)
    """Total matching items (KYB counts are capped at 100)."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__create__retrieve__retrieve_decision' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import UNSET, Unset


@attrs.define(frozen=True, kw_only=True, slots=False)
class ContactDetails:
    """How to reach the user. Sent on session create, echoed in the decision. The current retrieve-
    session docs echo `"phone": null` when none was given (docs.didit.me/sessions-api/retrieve-
    session), so `email` and `phone` accept null.
    """

    email: str | None | Unset = attrs.field(default=UNSET)
    send_notification_emails: bool | None = attrs.field(default=None)
    """Send the verification invite and status emails."""
    email_lang: str | None = attrs.field(default=None)
    """Language of the emails."""
    phone: str | None | Unset = attrs.field(default=UNSET)
    """E.164 phone number; ignored for KYB."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ExpectedDetails:
    """Data the user is expected to present; mismatches raise warnings. Ignored for KYB."""

    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    """YYYY-MM-DD."""
    gender: str | None | Unset = attrs.field(default=UNSET)
    nationality: str | None = attrs.field(default=None)
    """ISO 3166-1 alpha-3."""
    id_country: str | None | Unset = attrs.field(default=UNSET)
    """Alpha-3; overrides nationality for the document check."""
    poa_country: str | None | Unset = attrs.field(default=UNSET)
    """Alpha-3 country expected on the proof of address."""
    country: str | None = attrs.field(default=None)
    """Older variant of `id_country`, still accepted."""
    address: str | None = attrs.field(default=None)
    identification_number: str | None = attrs.field(default=None)
    ip_address: str | None = attrs.field(default=None)
    expected_document_types: list[str] | None = attrs.field(default=None)
    """Document type codes, e.g. `["P", "ID"]`."""
    company_name: str | None = attrs.field(default=None)
    registry_country: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__create' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset, mask

from ..enums import CallbackMethod, Language, SessionKind, SessionStatus
from .sessions__create__retrieve__retrieve_decision import ContactDetails, ExpectedDetails


@attrs.define(frozen=True, kw_only=True, slots=False)
class CreateSessionRequest:
    """Body of POST /v3/session/."""

    workflow_id: str
    """The workflow to run: a KYC workflow makes a user session, a KYB workflow a business session.
    """
    vendor_data: str | None = attrs.field(default=None)
    """Your identifier for the user or business. Binds the session to a User entity, drives
    duplicate detection and the idempotent reuse of unfinished sessions.
    """
    callback: str | None = attrs.field(default=None)
    """Where the user is sent when the flow ends; Didit appends
    `?verificationSessionId=...&status=...`. Restricted to `allowed_domains` when those are set.
    """
    callback_method: CallbackMethod | Literal["initiator", "completer", "both"] | None = (
        attrs.field(default=None)
    )
    metadata: Mapping[str, Any] | str | None | Unset = attrs.field(default=UNSET)
    """Your data, not shown to the user (a JSON object; older docs allowed a JSON string)."""
    language: Language | str | None = attrs.field(default=None)
    contact_details: ContactDetails | Mapping[str, Any] | None = attrs.field(default=None)
    expected_details: ExpectedDetails | Mapping[str, Any] | None = attrs.field(default=None)
    portrait_image: str | None = attrs.field(default=None)
    """Base64 reference face for Biometric Authentication workflows, at most 1 MB decoded
    (1,398,104 base64 characters).
    """
    sandbox_scenario: str | None = attrs.field(default=None)
    """Sandbox applications only: the outcome to simulate (`approve`, `decline_aml_hit`, ...; all
    in GET /v1/sandbox/scenarios/).
    """
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CreateSessionResponse:
    """A created (or reused, see the operation) session. `url` and `session_token` are null for
    keys without session-write access.
    """

    session_id: str
    session_number: int | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    url: str | None = attrs.field(default=None, repr=mask)
    """The hosted verification link to send the user to."""
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | str | None = attrs.field(default=None)
    status: SessionStatus | None = attrs.field(default=None)
    callback: str | None = attrs.field(default=None)
    callback_method: str | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    workflow_version: int | None = attrs.field(default=None)
    session_kind: SessionKind | None = attrs.field(default=None)
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

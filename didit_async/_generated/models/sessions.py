# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionReview:
    """A review or activity entry on a session. Sources disagree on the list shape: skills show
    `{id, action, old_status, new_status, note, created_at}`, current docs `{uuid,
    activity_type, actor_*, new_status, previous_status, comment, metadata, created_at}`. Both
    are accepted.
    """

    uuid: str | None = attrs.field(default=None)
    id: str | None = attrs.field(default=None)
    """Older list shape."""
    activity_type: str | None = attrs.field(default=None)
    action: str | None = attrs.field(default=None)
    """Older list shape."""
    actor_display: str | None = attrs.field(default=None)
    actor_email: str | None = attrs.field(default=None)
    actor_type: str | None = attrs.field(default=None)
    """API_KEY, CONSOLE_USER or SYSTEM."""
    new_status: str | None = attrs.field(default=None)
    previous_status: str | None = attrs.field(default=None)
    old_status: str | None = attrs.field(default=None)
    """Older list shape."""
    comment: str | None = attrs.field(default=None)
    note: str | None = attrs.field(default=None)
    """Older list shape."""
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    user: str | None = attrs.field(default=None)
    mentioned_emails: list[str] | None = attrs.field(default=None)
    previous_value: dict[str, Any] | None = attrs.field(default=None)
    new_value: dict[str, Any] | None = attrs.field(default=None)
    changed_fields: list[str] | None = attrs.field(default=None)
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

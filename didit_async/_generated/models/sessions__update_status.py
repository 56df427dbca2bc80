# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__update_status' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from ..enums import Language


@attrs.define(frozen=True, kw_only=True, slots=False)
class NodeToResubmit:
    """NodeToResubmit"""

    node_id: str
    """e.g. `feature_poa_1`."""
    feature: str
    """e.g. `POA`, `OCR`, `LIVENESS` (KYB_REGISTRY and KYB_KEY_PEOPLE cannot be resubmitted)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateStatusRequest:
    """Body of update-status. Sources disagree on `In Review`: a middle-aged page allowed it, the
    newest docs reject it (400); we follow the newest. `email_address` is required when
    `send_email` is true.
    """

    new_status: Literal["Approved", "Declined", "Resubmitted"]
    comment: str | None = attrs.field(default=None)
    nodes_to_resubmit: Sequence[NodeToResubmit | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    """Required with Resubmitted (the schema says so with `if`/`then`)."""
    send_email: bool | None = attrs.field(default=None)
    email_address: str | None = attrs.field(default=None)
    email_language: Language | str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionIdResponse:
    """Acknowledgement naming the session."""

    session_id: str | None = attrs.field(default=None)
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

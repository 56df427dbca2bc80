# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.sessions import SessionReview
from . import Table, encode_by_table, keys_of, new_object

_U_SessionReview: Table = (
    ("uuid", "uuid", None, False),
    ("id", "id", None, False),
    ("activity_type", "activity_type", None, False),
    ("action", "action", None, False),
    ("actor_display", "actor_display", None, False),
    ("actor_email", "actor_email", None, False),
    ("actor_type", "actor_type", None, False),
    ("new_status", "new_status", None, False),
    ("previous_status", "previous_status", None, False),
    ("old_status", "old_status", None, False),
    ("comment", "comment", None, False),
    ("note", "note", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
    ("user", "user", None, False),
    ("mentioned_emails", "mentioned_emails", None, False),
    (
        "previous_value",
        "previous_value",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "new_value",
        "new_value",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("changed_fields", "changed_fields", None, False),
)


def unstructure_SessionReview(o: SessionReview) -> dict[str, Any]:
    """Encode :class:`SessionReview` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionReview)


def structure_SessionReview(d: Any) -> SessionReview:
    """Decode a JSON object into :class:`SessionReview`."""
    o = new_object(SessionReview)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionReview.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionReview
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_SessionReview = keys_of(_U_SessionReview)

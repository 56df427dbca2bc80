# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'users' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import UserStatus
from ..models.users import User, UserComment, UserFeaturesList, UserTag, UserTagTag
from . import Table, _M_UserStatus, encode_by_table, keys_of, new_object

_U_UserFeaturesList: Table = (
    ("feature", "feature", None, False),
    ("status", "status", None, False),
)


def unstructure_UserFeaturesList(o: UserFeaturesList) -> dict[str, Any]:
    """Encode :class:`UserFeaturesList` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserFeaturesList)


def structure_UserFeaturesList(d: Any) -> UserFeaturesList:
    """Decode a JSON object into :class:`UserFeaturesList`."""
    o = new_object(UserFeaturesList)
    vals = o.__dict__
    vals.update(d)
    if _K_UserFeaturesList.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserFeaturesList
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UserTagTag: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("color", "color", None, False),
    ("description", "description", None, False),
    ("source", "source", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_UserTagTag(o: UserTagTag) -> dict[str, Any]:
    """Encode :class:`UserTagTag` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserTagTag)


def structure_UserTagTag(d: Any) -> UserTagTag:
    """Decode a JSON object into :class:`UserTagTag`."""
    o = new_object(UserTagTag)
    vals = o.__dict__
    vals.update(d)
    if _K_UserTagTag.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserTagTag
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UserTag: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("color", "color", None, False),
    ("tag", "tag", lambda v: unstructure_UserTagTag(v) if isinstance(v, UserTagTag) else v, False),
    ("added_by_email", "added_by_email", None, False),
    ("added_by_name", "added_by_name", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_UserTag(o: UserTag) -> dict[str, Any]:
    """Encode :class:`UserTag` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserTag)


def structure_UserTag(d: Any) -> UserTag:
    """Decode a JSON object into :class:`UserTag`."""
    v: Any
    o = new_object(UserTag)
    vals = o.__dict__
    vals.update(d)
    if _K_UserTag.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserTag
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "tag" in vals:
        v = vals["tag"]
        if v.__class__ is dict:
            vals["tag"] = structure_UserTagTag(v)
    return o


_U_UserComment: Table = (
    ("uuid", "uuid", None, False),
    ("comment_type", "comment_type", None, False),
    ("comment", "comment", None, False),
    ("actor_email", "actor_email", None, False),
    ("actor_name", "actor_name", None, False),
    ("previous_status", "previous_status", None, False),
    ("new_status", "new_status", None, False),
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
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("mentioned_emails", "mentioned_emails", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_UserComment(o: UserComment) -> dict[str, Any]:
    """Encode :class:`UserComment` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserComment)


def structure_UserComment(d: Any) -> UserComment:
    """Decode a JSON object into :class:`UserComment`."""
    o = new_object(UserComment)
    vals = o.__dict__
    vals.update(d)
    if _K_UserComment.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserComment
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_User: Table = (
    ("vendor_data", "vendor_data", None, True),
    ("didit_internal_id", "didit_internal_id", None, False),
    ("display_name", "display_name", None, False),
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("portrait_image", "portrait_image", None, False),
    ("issuing_states", "issuing_states", None, False),
    ("approved_emails", "approved_emails", None, False),
    ("approved_phones", "approved_phones", None, False),
    (
        "features",
        "features",
        lambda v: (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    ("session_count", "session_count", None, False),
    ("approved_count", "approved_count", None, False),
    ("declined_count", "declined_count", None, False),
    ("in_review_count", "in_review_count", None, False),
    ("first_session_at", "first_session_at", None, False),
    ("last_session_at", "last_session_at", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
    ("effective_name", "effective_name", None, False),
    ("portrait_image_url", "portrait_image_url", None, False),
    (
        "features_list",
        "features_list",
        lambda v: (
            [unstructure_UserFeaturesList(x) if isinstance(x, UserFeaturesList) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("last_activity_at", "last_activity_at", None, False),
    (
        "tags",
        "tags",
        lambda v: (
            [unstructure_UserTag(x) if isinstance(x, UserTag) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "comments",
        "comments",
        lambda v: (
            [unstructure_UserComment(x) if isinstance(x, UserComment) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_User(o: User) -> dict[str, Any]:
    """Encode :class:`User` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_User)


def structure_User(d: Any) -> User:
    """Decode a JSON object into :class:`User`."""
    v: Any
    o = new_object(User)
    vals = o.__dict__
    vals.update(d)
    if _K_User.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_User
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    if "features_list" in vals:
        v = vals["features_list"]
        if v and v.__class__ is list:
            vals["features_list"] = [
                structure_UserFeaturesList(x) if x.__class__ is dict else x for x in v
            ]
    if "tags" in vals:
        v = vals["tags"]
        if v and v.__class__ is list:
            vals["tags"] = [structure_UserTag(x) if x.__class__ is dict else x for x in v]
    if "comments" in vals:
        v = vals["comments"]
        if v and v.__class__ is list:
            vals["comments"] = [structure_UserComment(x) if x.__class__ is dict else x for x in v]
    return o


_K_UserFeaturesList = keys_of(_U_UserFeaturesList)
_K_UserTagTag = keys_of(_U_UserTagTag)
_K_UserTag = keys_of(_U_UserTag)
_K_UserComment = keys_of(_U_UserComment)
_K_User = keys_of(_U_User)

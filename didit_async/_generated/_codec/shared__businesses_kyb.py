# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__businesses_kyb' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import UserStatus
from ..models.shared__businesses_kyb import Business, BusinessFeaturesList, BusinessTag
from . import Table, _M_UserStatus, encode_by_table, keys_of, new_object

_U_BusinessFeaturesList: Table = (
    ("feature", "feature", None, False),
    ("status", "status", None, False),
)


def unstructure_BusinessFeaturesList(o: BusinessFeaturesList) -> dict[str, Any]:
    """Encode :class:`BusinessFeaturesList` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BusinessFeaturesList)


def structure_BusinessFeaturesList(d: Any) -> BusinessFeaturesList:
    """Decode a JSON object into :class:`BusinessFeaturesList`."""
    o = new_object(BusinessFeaturesList)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessFeaturesList.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessFeaturesList
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BusinessTag: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("color", "color", None, False),
)


def unstructure_BusinessTag(o: BusinessTag) -> dict[str, Any]:
    """Encode :class:`BusinessTag` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BusinessTag)


def structure_BusinessTag(d: Any) -> BusinessTag:
    """Decode a JSON object into :class:`BusinessTag`."""
    o = new_object(BusinessTag)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessTag.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessTag
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_Business: Table = (
    ("vendor_data", "vendor_data", None, True),
    ("didit_internal_id", "didit_internal_id", None, False),
    ("display_name", "display_name", None, False),
    ("legal_name", "legal_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("session_count", "session_count", None, False),
    ("approved_count", "approved_count", None, False),
    ("declined_count", "declined_count", None, False),
    ("in_review_count", "in_review_count", None, False),
    ("last_session_at", "last_session_at", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
    ("effective_name", "effective_name", None, False),
    (
        "features",
        "features",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "features_list",
        "features_list",
        lambda v: (
            [
                unstructure_BusinessFeaturesList(x) if isinstance(x, BusinessFeaturesList) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("first_session_at", "first_session_at", None, False),
    ("last_activity_at", "last_activity_at", None, False),
    (
        "tags",
        "tags",
        lambda v: (
            [unstructure_BusinessTag(x) if isinstance(x, BusinessTag) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_Business(o: Business) -> dict[str, Any]:
    """Encode :class:`Business` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_Business)


def structure_Business(d: Any) -> Business:
    """Decode a JSON object into :class:`Business`."""
    v: Any
    o = new_object(Business)
    vals = o.__dict__
    vals.update(d)
    if _K_Business.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Business
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    if "features_list" in vals:
        v = vals["features_list"]
        if v and v.__class__ is list:
            vals["features_list"] = [
                structure_BusinessFeaturesList(x) if x.__class__ is dict else x for x in v
            ]
    if "tags" in vals:
        v = vals["tags"]
        if v and v.__class__ is list:
            vals["tags"] = [structure_BusinessTag(x) if x.__class__ is dict else x for x in v]
    return o


_K_BusinessFeaturesList = keys_of(_U_BusinessFeaturesList)
_K_BusinessTag = keys_of(_U_BusinessTag)
_K_Business = keys_of(_U_Business)

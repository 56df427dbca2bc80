# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'users__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.users import User
from ..models.users__list import UserListPage
from . import Table, encode_by_table, keys_of, new_object
from .users import structure_User, unstructure_User

_U_UserListPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_User(x) if isinstance(x, User) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_UserListPage(o: UserListPage) -> dict[str, Any]:
    """Encode :class:`UserListPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserListPage)


def structure_UserListPage(d: Any) -> UserListPage:
    """Decode a JSON object into :class:`UserListPage`."""
    v: Any
    o = new_object(UserListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_UserListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_User(x) if x.__class__ is dict else x for x in v]
    return o


_K_UserListPage = keys_of(_U_UserListPage)

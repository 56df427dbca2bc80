# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'account__create_application__get_credentials__list_applications' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.account__create_application__get_credentials__list_applications import (
    ApplicationCredentials,
)
from . import Table, encode_by_table, keys_of, new_object

_U_ApplicationCredentials: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("client_id", "client_id", None, False),
    ("api_key", "api_key", None, False),
    ("website_url", "website_url", None, False),
    ("mode", "mode", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_ApplicationCredentials(o: ApplicationCredentials) -> dict[str, Any]:
    """Encode :class:`ApplicationCredentials` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ApplicationCredentials)


def structure_ApplicationCredentials(d: Any) -> ApplicationCredentials:
    """Decode a JSON object into :class:`ApplicationCredentials`."""
    o = new_object(ApplicationCredentials)
    vals = o.__dict__
    vals.update(d)
    if _K_ApplicationCredentials.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ApplicationCredentials
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_ApplicationCredentials = keys_of(_U_ApplicationCredentials)

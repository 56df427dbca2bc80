# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'account__list_organizations' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.account__list_organizations import Organization
from . import Table, encode_by_table, keys_of, new_object

_U_Organization: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("contact_email", "contact_email", None, False),
)


def unstructure_Organization(o: Organization) -> dict[str, Any]:
    """Encode :class:`Organization` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_Organization)


def structure_Organization(d: Any) -> Organization:
    """Decode a JSON object into :class:`Organization`."""
    o = new_object(Organization)
    vals = o.__dict__
    vals.update(d)
    if _K_Organization.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Organization
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_Organization = keys_of(_U_Organization)

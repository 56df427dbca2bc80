# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'account__login__verify_email' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.account__login__verify_email import (
    AccountApplication,
    AccountOrganization,
    AccountTokenResponse,
)
from . import Table, encode_by_table, keys_of, new_object

_U_AccountOrganization: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("contact_email", "contact_email", None, False),
)


def unstructure_AccountOrganization(o: AccountOrganization) -> dict[str, Any]:
    """Encode :class:`AccountOrganization` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AccountOrganization)


def structure_AccountOrganization(d: Any) -> AccountOrganization:
    """Decode a JSON object into :class:`AccountOrganization`."""
    o = new_object(AccountOrganization)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountOrganization.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountOrganization
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AccountApplication: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("client_id", "client_id", None, False),
    ("api_key", "api_key", None, False),
    ("website_url", "website_url", None, False),
)


def unstructure_AccountApplication(o: AccountApplication) -> dict[str, Any]:
    """Encode :class:`AccountApplication` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AccountApplication)


def structure_AccountApplication(d: Any) -> AccountApplication:
    """Decode a JSON object into :class:`AccountApplication`."""
    o = new_object(AccountApplication)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountApplication.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountApplication
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AccountTokenResponse: Table = (
    ("access_token", "access_token", None, True),
    ("refresh_token", "refresh_token", None, False),
    ("expires_in", "expires_in", None, False),
    (
        "organization",
        "organization",
        lambda v: unstructure_AccountOrganization(v) if isinstance(v, AccountOrganization) else v,
        False,
    ),
    (
        "application",
        "application",
        lambda v: unstructure_AccountApplication(v) if isinstance(v, AccountApplication) else v,
        False,
    ),
)


def unstructure_AccountTokenResponse(o: AccountTokenResponse) -> dict[str, Any]:
    """Encode :class:`AccountTokenResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AccountTokenResponse)


def structure_AccountTokenResponse(d: Any) -> AccountTokenResponse:
    """Decode a JSON object into :class:`AccountTokenResponse`."""
    v: Any
    o = new_object(AccountTokenResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountTokenResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountTokenResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "organization" in vals:
        v = vals["organization"]
        if v.__class__ is dict:
            vals["organization"] = structure_AccountOrganization(v)
    if "application" in vals:
        v = vals["application"]
        if v.__class__ is dict:
            vals["application"] = structure_AccountApplication(v)
    return o


_K_AccountOrganization = keys_of(_U_AccountOrganization)
_K_AccountApplication = keys_of(_U_AccountApplication)
_K_AccountTokenResponse = keys_of(_U_AccountTokenResponse)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'account__login' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email

from ..models.account__login import AccountLoginRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_AccountLoginRequest: Table = (
    ("email", "email", None, True),
    ("password", "password", None, True),
)


def unstructure_AccountLoginRequest(o: AccountLoginRequest) -> dict[str, Any]:
    """Encode :class:`AccountLoginRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AccountLoginRequest)


def structure_AccountLoginRequest(d: Any) -> AccountLoginRequest:
    """Decode a JSON object into :class:`AccountLoginRequest`."""
    o = new_object(AccountLoginRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountLoginRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountLoginRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_AccountLoginRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AccountLoginRequest."""
    check_model(d, at, _V_AccountLoginRequest, _K_AccountLoginRequest)


_K_AccountLoginRequest = keys_of(_U_AccountLoginRequest)

_V_AccountLoginRequest: Any = (
    "AccountLoginRequest",
    False,
    0,
    (
        ("email", True, False, ("str", None, None, None, (is_email, "email"), ())),
        ("password", True, False, ("str", 1, None, None, None, ())),
    ),
    (),
)

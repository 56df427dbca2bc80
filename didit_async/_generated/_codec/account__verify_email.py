# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'account__verify_email' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email

from ..models.account__verify_email import AccountVerifyEmailRequest
from . import _P1, Table, check_model, encode_by_table, keys_of, new_object

_U_AccountVerifyEmailRequest: Table = (
    ("email", "email", None, True),
    ("code", "code", None, True),
)


def unstructure_AccountVerifyEmailRequest(o: AccountVerifyEmailRequest) -> dict[str, Any]:
    """Encode :class:`AccountVerifyEmailRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AccountVerifyEmailRequest)


def structure_AccountVerifyEmailRequest(d: Any) -> AccountVerifyEmailRequest:
    """Decode a JSON object into :class:`AccountVerifyEmailRequest`."""
    o = new_object(AccountVerifyEmailRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountVerifyEmailRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountVerifyEmailRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_AccountVerifyEmailRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AccountVerifyEmailRequest."""
    check_model(d, at, _V_AccountVerifyEmailRequest, _K_AccountVerifyEmailRequest)


_K_AccountVerifyEmailRequest = keys_of(_U_AccountVerifyEmailRequest)

_V_AccountVerifyEmailRequest: Any = (
    "AccountVerifyEmailRequest",
    False,
    0,
    (
        ("email", True, False, ("str", None, None, None, (is_email, "email"), ())),
        ("code", True, False, ("str", None, None, None, None, ((_P1, "^[A-Za-z0-9]{6}$"),))),
    ),
    (),
)

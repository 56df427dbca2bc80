# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'account__resend_otp' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email

from ..models.account__resend_otp import AccountResendOtpRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_AccountResendOtpRequest: Table = (("email", "email", None, True),)


def unstructure_AccountResendOtpRequest(o: AccountResendOtpRequest) -> dict[str, Any]:
    """Encode :class:`AccountResendOtpRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AccountResendOtpRequest)


def structure_AccountResendOtpRequest(d: Any) -> AccountResendOtpRequest:
    """Decode a JSON object into :class:`AccountResendOtpRequest`."""
    o = new_object(AccountResendOtpRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountResendOtpRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountResendOtpRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_AccountResendOtpRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AccountResendOtpRequest."""
    check_model(d, at, _V_AccountResendOtpRequest, _K_AccountResendOtpRequest)


_K_AccountResendOtpRequest = keys_of(_U_AccountResendOtpRequest)

_V_AccountResendOtpRequest: Any = (
    "AccountResendOtpRequest",
    False,
    0,
    (("email", True, False, ("str", None, None, None, (is_email, "email"), ())),),
    (),
)

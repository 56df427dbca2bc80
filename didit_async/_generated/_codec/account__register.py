# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'account__register' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email

from ..models.account__register import AccountRegisterRequest, AccountRegisterResponse
from . import _P0, Table, check_model, encode_by_table, keys_of, new_object

_U_AccountRegisterRequest: Table = (
    ("email", "email", None, True),
    ("password", "password", None, True),
)


def unstructure_AccountRegisterRequest(o: AccountRegisterRequest) -> dict[str, Any]:
    """Encode :class:`AccountRegisterRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AccountRegisterRequest)


def structure_AccountRegisterRequest(d: Any) -> AccountRegisterRequest:
    """Decode a JSON object into :class:`AccountRegisterRequest`."""
    o = new_object(AccountRegisterRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountRegisterRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountRegisterRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_AccountRegisterRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AccountRegisterRequest."""
    check_model(d, at, _V_AccountRegisterRequest, _K_AccountRegisterRequest)


_U_AccountRegisterResponse: Table = (
    ("message", "message", None, False),
    ("email", "email", None, False),
)


def unstructure_AccountRegisterResponse(o: AccountRegisterResponse) -> dict[str, Any]:
    """Encode :class:`AccountRegisterResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AccountRegisterResponse)


def structure_AccountRegisterResponse(d: Any) -> AccountRegisterResponse:
    """Decode a JSON object into :class:`AccountRegisterResponse`."""
    o = new_object(AccountRegisterResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountRegisterResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountRegisterResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_AccountRegisterRequest = keys_of(_U_AccountRegisterRequest)
_K_AccountRegisterResponse = keys_of(_U_AccountRegisterResponse)

_V_AccountRegisterRequest: Any = (
    "AccountRegisterRequest",
    False,
    0,
    (
        ("email", True, False, ("str", None, None, None, (is_email, "email"), ())),
        (
            "password",
            True,
            False,
            (
                "str",
                8,
                None,
                None,
                None,
                (
                    (
                        _P0,
                        "^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%^&*()_+\\-=\\[\\]{}|;:,.<>?]).{8,}$",
                    ),
                ),
            ),
        ),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'account' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email, is_uri

from ..models.account import (
    AccountApplication,
    AccountLoginRequest,
    AccountOrganization,
    AccountRegisterRequest,
    AccountRegisterResponse,
    AccountResendOtpRequest,
    AccountTokenResponse,
    AccountVerifyEmailRequest,
    ApplicationCredentials,
    CreateApplicationRequest,
    Organization,
)
from . import _P2, _P3, Table, check_model, encode_by_table, keys_of, new_object

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


_U_CreateApplicationRequest: Table = (
    ("name", "name", None, True),
    ("website_url", "website_url", None, False),
)


def unstructure_CreateApplicationRequest(o: CreateApplicationRequest) -> dict[str, Any]:
    """Encode :class:`CreateApplicationRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CreateApplicationRequest)


def structure_CreateApplicationRequest(d: Any) -> CreateApplicationRequest:
    """Decode a JSON object into :class:`CreateApplicationRequest`."""
    o = new_object(CreateApplicationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CreateApplicationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CreateApplicationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CreateApplicationRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CreateApplicationRequest."""
    check_model(d, at, _V_CreateApplicationRequest, _K_CreateApplicationRequest)


_K_AccountRegisterRequest = keys_of(_U_AccountRegisterRequest)
_K_AccountRegisterResponse = keys_of(_U_AccountRegisterResponse)
_K_AccountVerifyEmailRequest = keys_of(_U_AccountVerifyEmailRequest)
_K_AccountOrganization = keys_of(_U_AccountOrganization)
_K_AccountApplication = keys_of(_U_AccountApplication)
_K_AccountTokenResponse = keys_of(_U_AccountTokenResponse)
_K_AccountLoginRequest = keys_of(_U_AccountLoginRequest)
_K_AccountResendOtpRequest = keys_of(_U_AccountResendOtpRequest)
_K_Organization = keys_of(_U_Organization)
_K_ApplicationCredentials = keys_of(_U_ApplicationCredentials)
_K_CreateApplicationRequest = keys_of(_U_CreateApplicationRequest)

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
                        _P2,
                        "^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%^&*()_+\\-=\\[\\]{}|;:,.<>?]).{8,}$",
                    ),
                ),
            ),
        ),
    ),
    (),
)

_V_AccountVerifyEmailRequest: Any = (
    "AccountVerifyEmailRequest",
    False,
    0,
    (
        ("email", True, False, ("str", None, None, None, (is_email, "email"), ())),
        ("code", True, False, ("str", None, None, None, None, ((_P3, "^[A-Za-z0-9]{6}$"),))),
    ),
    (),
)

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

_V_AccountResendOtpRequest: Any = (
    "AccountResendOtpRequest",
    False,
    0,
    (("email", True, False, ("str", None, None, None, (is_email, "email"), ())),),
    (),
)

_V_CreateApplicationRequest: Any = (
    "CreateApplicationRequest",
    False,
    0,
    (
        ("name", True, False, ("str", 1, None, None, None, ())),
        ("website_url", False, False, ("str", None, None, None, (is_uri, "uri"), ())),
    ),
    (),
)

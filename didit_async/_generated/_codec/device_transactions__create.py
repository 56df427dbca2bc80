# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'device_transactions__create' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date, is_datetime

from ..models.device_transactions__create import (
    DeviceTransactionRequest,
    DeviceTransactionRequestCounterparty,
    DeviceTransactionRequestInfo,
    DeviceTransactionRequestSubject,
    DeviceTransactionRequestSubjectPaymentMethod,
    DeviceTransactionRequestTravelRule,
)
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_DeviceTransactionRequestInfo: Table = (
    ("direction", "direction", None, True),
    ("amount", "amount", None, True),
    ("currency", "currency", None, True),
    ("currency_type", "currencyType", None, False),
    ("amount_in_default_currency", "amountInDefaultCurrency", None, True),
    ("default_currency_code", "defaultCurrencyCode", None, False),
    ("payment_details", "paymentDetails", None, True),
    ("payment_txn_id", "paymentTxnId", None, True),
    ("type", "type", None, True),
    (
        "crypto_params",
        "cryptoParams",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DeviceTransactionRequestInfo(o: DeviceTransactionRequestInfo) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequestInfo` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionRequestInfo)


def structure_DeviceTransactionRequestInfo(d: Any) -> DeviceTransactionRequestInfo:
    """Decode a JSON object into :class:`DeviceTransactionRequestInfo`."""
    o = new_object(DeviceTransactionRequestInfo)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequestInfo.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequestInfo
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "currencyType" in vals:
        vals["currency_type"] = vals.pop("currencyType")
    if "amountInDefaultCurrency" in vals:
        vals["amount_in_default_currency"] = vals.pop("amountInDefaultCurrency")
    if "defaultCurrencyCode" in vals:
        vals["default_currency_code"] = vals.pop("defaultCurrencyCode")
    if "paymentDetails" in vals:
        vals["payment_details"] = vals.pop("paymentDetails")
    if "paymentTxnId" in vals:
        vals["payment_txn_id"] = vals.pop("paymentTxnId")
    if "cryptoParams" in vals:
        vals["crypto_params"] = vals.pop("cryptoParams")
    return o


def validate_DeviceTransactionRequestInfo(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequestInfo."""
    check_model(d, at, _V_DeviceTransactionRequestInfo, _K_DeviceTransactionRequestInfo)


_U_DeviceTransactionRequestSubjectPaymentMethod: Table = (
    ("type", "type", None, False),
    ("account_id", "accountId", None, False),
    ("issuing_country", "issuingCountry", None, False),
)


def unstructure_DeviceTransactionRequestSubjectPaymentMethod(
    o: DeviceTransactionRequestSubjectPaymentMethod,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequestSubjectPaymentMethod` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionRequestSubjectPaymentMethod)


def structure_DeviceTransactionRequestSubjectPaymentMethod(
    d: Any,
) -> DeviceTransactionRequestSubjectPaymentMethod:
    """Decode a JSON object into :class:`DeviceTransactionRequestSubjectPaymentMethod`."""
    o = new_object(DeviceTransactionRequestSubjectPaymentMethod)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequestSubjectPaymentMethod.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequestSubjectPaymentMethod
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "accountId" in vals:
        vals["account_id"] = vals.pop("accountId")
    if "issuingCountry" in vals:
        vals["issuing_country"] = vals.pop("issuingCountry")
    return o


def validate_DeviceTransactionRequestSubjectPaymentMethod(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequestSubjectPaymentMethod."""
    check_model(
        d,
        at,
        _V_DeviceTransactionRequestSubjectPaymentMethod,
        _K_DeviceTransactionRequestSubjectPaymentMethod,
    )


_U_DeviceTransactionRequestSubject: Table = (
    ("type", "type", None, False),
    ("external_user_id", "externalUserId", None, False),
    ("full_name", "fullName", None, True),
    ("first_name", "firstName", None, False),
    ("last_name", "lastName", None, False),
    ("dob", "dob", None, False),
    (
        "address",
        "address",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "institution_info",
        "institutionInfo",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "device",
        "device",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "payment_method",
        "paymentMethod",
        lambda v: (
            unstructure_DeviceTransactionRequestSubjectPaymentMethod(v)
            if isinstance(v, DeviceTransactionRequestSubjectPaymentMethod)
            else v
        ),
        False,
    ),
)


def unstructure_DeviceTransactionRequestSubject(
    o: DeviceTransactionRequestSubject,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequestSubject` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionRequestSubject)


def structure_DeviceTransactionRequestSubject(d: Any) -> DeviceTransactionRequestSubject:
    """Decode a JSON object into :class:`DeviceTransactionRequestSubject`."""
    v: Any
    o = new_object(DeviceTransactionRequestSubject)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequestSubject.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequestSubject
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "externalUserId" in vals:
        vals["external_user_id"] = vals.pop("externalUserId")
    if "fullName" in vals:
        vals["full_name"] = vals.pop("fullName")
    if "firstName" in vals:
        vals["first_name"] = vals.pop("firstName")
    if "lastName" in vals:
        vals["last_name"] = vals.pop("lastName")
    if "institutionInfo" in vals:
        vals["institution_info"] = vals.pop("institutionInfo")
    if "paymentMethod" in vals:
        vals["payment_method"] = vals.pop("paymentMethod")
    if "payment_method" in vals:
        v = vals["payment_method"]
        if v.__class__ is dict:
            vals["payment_method"] = structure_DeviceTransactionRequestSubjectPaymentMethod(v)
    return o


def validate_DeviceTransactionRequestSubject(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequestSubject."""
    check_model(d, at, _V_DeviceTransactionRequestSubject, _K_DeviceTransactionRequestSubject)


_U_DeviceTransactionRequestCounterparty: Table = (
    ("type", "type", None, False),
    ("external_user_id", "externalUserId", None, False),
    ("full_name", "fullName", None, False),
    ("first_name", "firstName", None, False),
    ("last_name", "lastName", None, False),
    ("dob", "dob", None, False),
    (
        "address",
        "address",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "institution_info",
        "institutionInfo",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "device",
        "device",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "payment_method",
        "paymentMethod",
        lambda v: (
            unstructure_DeviceTransactionRequestSubjectPaymentMethod(v)
            if isinstance(v, DeviceTransactionRequestSubjectPaymentMethod)
            else v
        ),
        False,
    ),
)


def unstructure_DeviceTransactionRequestCounterparty(
    o: DeviceTransactionRequestCounterparty,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequestCounterparty` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionRequestCounterparty)


def structure_DeviceTransactionRequestCounterparty(d: Any) -> DeviceTransactionRequestCounterparty:
    """Decode a JSON object into :class:`DeviceTransactionRequestCounterparty`."""
    v: Any
    o = new_object(DeviceTransactionRequestCounterparty)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequestCounterparty.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequestCounterparty
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "externalUserId" in vals:
        vals["external_user_id"] = vals.pop("externalUserId")
    if "fullName" in vals:
        vals["full_name"] = vals.pop("fullName")
    if "firstName" in vals:
        vals["first_name"] = vals.pop("firstName")
    if "lastName" in vals:
        vals["last_name"] = vals.pop("lastName")
    if "institutionInfo" in vals:
        vals["institution_info"] = vals.pop("institutionInfo")
    if "paymentMethod" in vals:
        vals["payment_method"] = vals.pop("paymentMethod")
    if "payment_method" in vals:
        v = vals["payment_method"]
        if v.__class__ is dict:
            vals["payment_method"] = structure_DeviceTransactionRequestSubjectPaymentMethod(v)
    return o


def validate_DeviceTransactionRequestCounterparty(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequestCounterparty."""
    check_model(
        d, at, _V_DeviceTransactionRequestCounterparty, _K_DeviceTransactionRequestCounterparty
    )


_U_DeviceTransactionRequestTravelRule: Table = (
    ("status", "status", None, True),
    ("protocol", "protocol", None, False),
    ("required", "required", None, False),
    ("obligations_count", "obligationsCount", None, False),
    (
        "originator_data",
        "originatorData",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "beneficiary_data",
        "beneficiaryData",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DeviceTransactionRequestTravelRule(
    o: DeviceTransactionRequestTravelRule,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequestTravelRule` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionRequestTravelRule)


def structure_DeviceTransactionRequestTravelRule(d: Any) -> DeviceTransactionRequestTravelRule:
    """Decode a JSON object into :class:`DeviceTransactionRequestTravelRule`."""
    o = new_object(DeviceTransactionRequestTravelRule)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequestTravelRule.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequestTravelRule
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "obligationsCount" in vals:
        vals["obligations_count"] = vals.pop("obligationsCount")
    if "originatorData" in vals:
        vals["originator_data"] = vals.pop("originatorData")
    if "beneficiaryData" in vals:
        vals["beneficiary_data"] = vals.pop("beneficiaryData")
    return o


def validate_DeviceTransactionRequestTravelRule(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequestTravelRule."""
    check_model(d, at, _V_DeviceTransactionRequestTravelRule, _K_DeviceTransactionRequestTravelRule)


_U_DeviceTransactionRequest: Table = (
    ("txn_id", "txnId", None, True),
    ("txn_date", "txnDate", None, False),
    ("zone_id", "zoneId", None, False),
    ("type", "type", None, True),
    (
        "info",
        "info",
        lambda v: (
            unstructure_DeviceTransactionRequestInfo(v)
            if isinstance(v, DeviceTransactionRequestInfo)
            else v
        ),
        True,
    ),
    (
        "subject",
        "subject",
        lambda v: (
            unstructure_DeviceTransactionRequestSubject(v)
            if isinstance(v, DeviceTransactionRequestSubject)
            else v
        ),
        True,
    ),
    (
        "counterparty",
        "counterparty",
        lambda v: (
            unstructure_DeviceTransactionRequestCounterparty(v)
            if isinstance(v, DeviceTransactionRequestCounterparty)
            else v
        ),
        False,
    ),
    (
        "props",
        "props",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "travel_rule",
        "travelRule",
        lambda v: (
            unstructure_DeviceTransactionRequestTravelRule(v)
            if isinstance(v, DeviceTransactionRequestTravelRule)
            else v
        ),
        False,
    ),
    ("include_crypto_screening", "includeCryptoScreening", None, True),
    (
        "fingerprint_v2",
        "fingerprint_v2",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DeviceTransactionRequest(o: DeviceTransactionRequest) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionRequest)


def structure_DeviceTransactionRequest(d: Any) -> DeviceTransactionRequest:
    """Decode a JSON object into :class:`DeviceTransactionRequest`."""
    v: Any
    o = new_object(DeviceTransactionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "txnId" in vals:
        vals["txn_id"] = vals.pop("txnId")
    if "txnDate" in vals:
        vals["txn_date"] = vals.pop("txnDate")
    if "zoneId" in vals:
        vals["zone_id"] = vals.pop("zoneId")
    if "travelRule" in vals:
        vals["travel_rule"] = vals.pop("travelRule")
    if "includeCryptoScreening" in vals:
        vals["include_crypto_screening"] = vals.pop("includeCryptoScreening")
    if "info" in vals:
        v = vals["info"]
        if v.__class__ is dict:
            vals["info"] = structure_DeviceTransactionRequestInfo(v)
    if "subject" in vals:
        v = vals["subject"]
        if v.__class__ is dict:
            vals["subject"] = structure_DeviceTransactionRequestSubject(v)
    if "counterparty" in vals:
        v = vals["counterparty"]
        if v.__class__ is dict:
            vals["counterparty"] = structure_DeviceTransactionRequestCounterparty(v)
    if "travel_rule" in vals:
        v = vals["travel_rule"]
        if v.__class__ is dict:
            vals["travel_rule"] = structure_DeviceTransactionRequestTravelRule(v)
    return o


def validate_DeviceTransactionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequest."""
    check_model(d, at, _V_DeviceTransactionRequest, _K_DeviceTransactionRequest)


_K_DeviceTransactionRequestInfo = keys_of(_U_DeviceTransactionRequestInfo)
_K_DeviceTransactionRequestSubjectPaymentMethod = keys_of(
    _U_DeviceTransactionRequestSubjectPaymentMethod
)
_K_DeviceTransactionRequestSubject = keys_of(_U_DeviceTransactionRequestSubject)
_K_DeviceTransactionRequestCounterparty = keys_of(_U_DeviceTransactionRequestCounterparty)
_K_DeviceTransactionRequestTravelRule = keys_of(_U_DeviceTransactionRequestTravelRule)
_K_DeviceTransactionRequest = keys_of(_U_DeviceTransactionRequest)

_V_DeviceTransactionRequestInfo: Any = (
    "DeviceTransactionRequestInfo",
    False,
    0,
    (
        ("direction", True, False, ("str", None, None, None, None, ())),
        ("amount", True, False, ("num", None, None)),
        ("currency", True, False, ("str", None, None, None, None, ())),
        ("currencyType", False, False, ("str", None, None, None, None, ())),
        ("amountInDefaultCurrency", False, True, ("num", None, None)),
        ("defaultCurrencyCode", False, False, ("str", None, None, None, None, ())),
        ("paymentDetails", False, True, ("str", None, None, None, None, ())),
        ("paymentTxnId", False, True, ("str", None, None, None, None, ())),
        ("type", False, True, ("str", None, None, None, None, ())),
        ("cryptoParams", False, False, ("obj",)),
    ),
    (),
)

_V_DeviceTransactionRequestSubjectPaymentMethod: Any = (
    "DeviceTransactionRequestSubjectPaymentMethod",
    False,
    0,
    (
        ("type", False, False, ("str", None, None, None, None, ())),
        ("accountId", False, False, ("str", None, None, None, None, ())),
        ("issuingCountry", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_DeviceTransactionRequestSubject: Any = (
    "DeviceTransactionRequestSubject",
    False,
    0,
    (
        ("type", False, False, ("str", None, None, None, None, ())),
        ("externalUserId", False, False, ("str", None, None, None, None, ())),
        ("fullName", True, False, ("str", None, None, None, None, ())),
        ("firstName", False, False, ("str", None, None, None, None, ())),
        ("lastName", False, False, ("str", None, None, None, None, ())),
        ("dob", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("address", False, False, ("obj",)),
        ("institutionInfo", False, False, ("obj",)),
        ("device", False, False, ("obj",)),
        (
            "paymentMethod",
            False,
            False,
            ("model", validate_DeviceTransactionRequestSubjectPaymentMethod),
        ),
    ),
    (),
)

_V_DeviceTransactionRequestCounterparty: Any = (
    "DeviceTransactionRequestCounterparty",
    False,
    0,
    (
        ("type", False, False, ("str", None, None, None, None, ())),
        ("externalUserId", False, False, ("str", None, None, None, None, ())),
        ("fullName", False, False, ("str", None, None, None, None, ())),
        ("firstName", False, False, ("str", None, None, None, None, ())),
        ("lastName", False, False, ("str", None, None, None, None, ())),
        ("dob", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("address", False, False, ("obj",)),
        ("institutionInfo", False, False, ("obj",)),
        ("device", False, False, ("obj",)),
        (
            "paymentMethod",
            False,
            False,
            ("model", validate_DeviceTransactionRequestSubjectPaymentMethod),
        ),
    ),
    (),
)

_V_DeviceTransactionRequestTravelRule: Any = (
    "DeviceTransactionRequestTravelRule",
    False,
    0,
    (
        ("status", True, False, ("str", None, None, None, None, ())),
        ("protocol", False, False, ("str", None, None, None, None, ())),
        ("required", False, False, ("bool",)),
        ("obligationsCount", False, False, ("int", None, None)),
        ("originatorData", False, False, ("obj",)),
        ("beneficiaryData", False, False, ("obj",)),
        ("metadata", False, False, ("obj",)),
    ),
    (),
)

_V_DeviceTransactionRequest: Any = (
    "DeviceTransactionRequest",
    False,
    0,
    (
        ("txnId", True, False, ("str", None, None, None, None, ())),
        ("txnDate", False, False, ("str", None, None, None, (is_datetime, "date-time"), ())),
        ("zoneId", False, False, ("str", None, None, None, None, ())),
        ("type", True, False, ("str", None, None, None, None, ())),
        ("info", True, False, ("model", validate_DeviceTransactionRequestInfo)),
        ("subject", True, False, ("model", validate_DeviceTransactionRequestSubject)),
        ("counterparty", False, False, ("model", validate_DeviceTransactionRequestCounterparty)),
        ("props", False, False, ("obj",)),
        ("travelRule", False, False, ("model", validate_DeviceTransactionRequestTravelRule)),
        ("includeCryptoScreening", False, True, ("bool",)),
        ("fingerprint_v2", False, False, ("obj",)),
    ),
    (),
)

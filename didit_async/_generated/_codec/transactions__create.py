# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions__create' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date, is_datetime

from ..enums import TransactionCategory
from ..models.transactions__create import (
    TransactionCreateRequest,
    TransactionCreateRequestCounterparty,
    TransactionCreateRequestCounterpartyDeviceContext,
    TransactionCreateRequestCounterpartyDeviceContextNetworkContext,
    TransactionCreateRequestCounterpartyPaymentMethod,
    TransactionCreateRequestNetworkSnapshot,
    TransactionCreateRequestSubject,
    TransactionCreateRequestSubjectAddress,
    TransactionCreateRequestSubjectDeviceContext,
    TransactionCreateRequestSubjectDeviceContextNetworkContext,
    TransactionCreateRequestSubjectInstitutionDetails,
    TransactionCreateRequestSubjectPaymentMethod,
    TransactionCreateRequestTransactionDetails,
    TransactionCreateRequestTravelRuleDetails,
)
from . import (
    Table,
    _E_inline77,
    _E_TransactionCategory,
    _M_TransactionCategory,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_TransactionCreateRequestTransactionDetails: Table = (
    ("direction", "direction", None, False),
    ("amount", "amount", None, False),
    ("currency", "currency", None, False),
    ("currency_kind", "currency_kind", None, False),
    ("amount_in_default_currency", "amount_in_default_currency", None, True),
    ("default_currency", "default_currency", None, False),
    ("payment_details", "payment_details", None, True),
    ("payment_reference_id", "payment_reference_id", None, True),
    ("action_type", "action_type", None, True),
)


def unstructure_TransactionCreateRequestTransactionDetails(
    o: TransactionCreateRequestTransactionDetails,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestTransactionDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestTransactionDetails)


def structure_TransactionCreateRequestTransactionDetails(
    d: Any,
) -> TransactionCreateRequestTransactionDetails:
    """Decode a JSON object into :class:`TransactionCreateRequestTransactionDetails`."""
    o = new_object(TransactionCreateRequestTransactionDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestTransactionDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestTransactionDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionCreateRequestTransactionDetails(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestTransactionDetails."""
    check_model(
        d,
        at,
        _V_TransactionCreateRequestTransactionDetails,
        _K_TransactionCreateRequestTransactionDetails,
    )


_U_TransactionCreateRequestSubjectAddress: Table = (
    ("country", "country", None, False),
    ("town", "town", None, False),
    ("state", "state", None, False),
    ("street", "street", None, False),
    ("post_code", "post_code", None, False),
)


def unstructure_TransactionCreateRequestSubjectAddress(
    o: TransactionCreateRequestSubjectAddress,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestSubjectAddress` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestSubjectAddress)


def structure_TransactionCreateRequestSubjectAddress(
    d: Any,
) -> TransactionCreateRequestSubjectAddress:
    """Decode a JSON object into :class:`TransactionCreateRequestSubjectAddress`."""
    o = new_object(TransactionCreateRequestSubjectAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestSubjectAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestSubjectAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionCreateRequestSubjectAddress(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestSubjectAddress."""
    check_model(
        d, at, _V_TransactionCreateRequestSubjectAddress, _K_TransactionCreateRequestSubjectAddress
    )


_U_TransactionCreateRequestSubjectInstitutionDetails: Table = (
    ("name", "name", None, False),
    ("code", "code", None, False),
    (
        "address",
        "address",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TransactionCreateRequestSubjectInstitutionDetails(
    o: TransactionCreateRequestSubjectInstitutionDetails,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestSubjectInstitutionDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestSubjectInstitutionDetails)


def structure_TransactionCreateRequestSubjectInstitutionDetails(
    d: Any,
) -> TransactionCreateRequestSubjectInstitutionDetails:
    """Decode a JSON object into :class:`TransactionCreateRequestSubjectInstitutionDetails`."""
    o = new_object(TransactionCreateRequestSubjectInstitutionDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestSubjectInstitutionDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestSubjectInstitutionDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionCreateRequestSubjectInstitutionDetails(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestSubjectInstitutionDetails."""
    check_model(
        d,
        at,
        _V_TransactionCreateRequestSubjectInstitutionDetails,
        _K_TransactionCreateRequestSubjectInstitutionDetails,
    )


_U_TransactionCreateRequestSubjectDeviceContextNetworkContext: Table = (
    ("ip_address", "ip_address", None, False),
    ("ip_country_code", "ip_country_code", None, False),
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
)


def unstructure_TransactionCreateRequestSubjectDeviceContextNetworkContext(
    o: TransactionCreateRequestSubjectDeviceContextNetworkContext,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestSubjectDeviceContextNetworkContext` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestSubjectDeviceContextNetworkContext)


def structure_TransactionCreateRequestSubjectDeviceContextNetworkContext(
    d: Any,
) -> TransactionCreateRequestSubjectDeviceContextNetworkContext:
    """Decode a JSON object into :class:`TransactionCreateRequestSubjectDeviceContextNetworkContext`."""
    o = new_object(TransactionCreateRequestSubjectDeviceContextNetworkContext)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestSubjectDeviceContextNetworkContext.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestSubjectDeviceContextNetworkContext
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionCreateRequestSubjectDeviceContextNetworkContext(
    d: Any, at: str = ""
) -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestSubjectDeviceContextNetworkContext."""
    check_model(
        d,
        at,
        _V_TransactionCreateRequestSubjectDeviceContextNetworkContext,
        _K_TransactionCreateRequestSubjectDeviceContextNetworkContext,
    )


_U_TransactionCreateRequestSubjectDeviceContext: Table = (
    ("fingerprint", "fingerprint", None, False),
    ("persistent_device_id", "persistent_device_id", None, False),
    ("user_agent", "user_agent", None, False),
    ("browser_family", "browser_family", None, False),
    ("browser_version", "browser_version", None, False),
    ("platform", "platform", None, False),
    ("os_family", "os_family", None, False),
    ("os_version", "os_version", None, False),
    ("accept_language", "accept_language", None, False),
    ("session_id", "session_id", None, False),
    ("session_age_ms", "session_age_ms", None, False),
    (
        "network_context",
        "network_context",
        lambda v: (
            unstructure_TransactionCreateRequestSubjectDeviceContextNetworkContext(v)
            if isinstance(v, TransactionCreateRequestSubjectDeviceContextNetworkContext)
            else v
        ),
        False,
    ),
)


def unstructure_TransactionCreateRequestSubjectDeviceContext(
    o: TransactionCreateRequestSubjectDeviceContext,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestSubjectDeviceContext` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestSubjectDeviceContext)


def structure_TransactionCreateRequestSubjectDeviceContext(
    d: Any,
) -> TransactionCreateRequestSubjectDeviceContext:
    """Decode a JSON object into :class:`TransactionCreateRequestSubjectDeviceContext`."""
    v: Any
    o = new_object(TransactionCreateRequestSubjectDeviceContext)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestSubjectDeviceContext.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestSubjectDeviceContext
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "network_context" in vals:
        v = vals["network_context"]
        if v.__class__ is dict:
            vals["network_context"] = (
                structure_TransactionCreateRequestSubjectDeviceContextNetworkContext(v)
            )
    return o


def validate_TransactionCreateRequestSubjectDeviceContext(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestSubjectDeviceContext."""
    check_model(
        d,
        at,
        _V_TransactionCreateRequestSubjectDeviceContext,
        _K_TransactionCreateRequestSubjectDeviceContext,
    )


_U_TransactionCreateRequestSubjectPaymentMethod: Table = (
    ("method_type", "method_type", None, False),
    ("account_id", "account_id", None, False),
    ("issuing_country", "issuing_country", None, False),
)


def unstructure_TransactionCreateRequestSubjectPaymentMethod(
    o: TransactionCreateRequestSubjectPaymentMethod,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestSubjectPaymentMethod` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestSubjectPaymentMethod)


def structure_TransactionCreateRequestSubjectPaymentMethod(
    d: Any,
) -> TransactionCreateRequestSubjectPaymentMethod:
    """Decode a JSON object into :class:`TransactionCreateRequestSubjectPaymentMethod`."""
    o = new_object(TransactionCreateRequestSubjectPaymentMethod)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestSubjectPaymentMethod.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestSubjectPaymentMethod
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionCreateRequestSubjectPaymentMethod(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestSubjectPaymentMethod."""
    check_model(
        d,
        at,
        _V_TransactionCreateRequestSubjectPaymentMethod,
        _K_TransactionCreateRequestSubjectPaymentMethod,
    )


_U_TransactionCreateRequestSubject: Table = (
    ("entity_type", "entity_type", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("full_name", "full_name", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    (
        "address",
        "address",
        lambda v: (
            unstructure_TransactionCreateRequestSubjectAddress(v)
            if isinstance(v, TransactionCreateRequestSubjectAddress)
            else v
        ),
        False,
    ),
    (
        "institution_details",
        "institution_details",
        lambda v: (
            unstructure_TransactionCreateRequestSubjectInstitutionDetails(v)
            if isinstance(v, TransactionCreateRequestSubjectInstitutionDetails)
            else v
        ),
        False,
    ),
    (
        "device_context",
        "device_context",
        lambda v: (
            unstructure_TransactionCreateRequestSubjectDeviceContext(v)
            if isinstance(v, TransactionCreateRequestSubjectDeviceContext)
            else v
        ),
        False,
    ),
    (
        "payment_method",
        "payment_method",
        lambda v: (
            unstructure_TransactionCreateRequestSubjectPaymentMethod(v)
            if isinstance(v, TransactionCreateRequestSubjectPaymentMethod)
            else v
        ),
        False,
    ),
)


def unstructure_TransactionCreateRequestSubject(
    o: TransactionCreateRequestSubject,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestSubject` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestSubject)


def structure_TransactionCreateRequestSubject(d: Any) -> TransactionCreateRequestSubject:
    """Decode a JSON object into :class:`TransactionCreateRequestSubject`."""
    v: Any
    o = new_object(TransactionCreateRequestSubject)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestSubject.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestSubject
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "address" in vals:
        v = vals["address"]
        if v.__class__ is dict:
            vals["address"] = structure_TransactionCreateRequestSubjectAddress(v)
    if "institution_details" in vals:
        v = vals["institution_details"]
        if v.__class__ is dict:
            vals["institution_details"] = (
                structure_TransactionCreateRequestSubjectInstitutionDetails(v)
            )
    if "device_context" in vals:
        v = vals["device_context"]
        if v.__class__ is dict:
            vals["device_context"] = structure_TransactionCreateRequestSubjectDeviceContext(v)
    if "payment_method" in vals:
        v = vals["payment_method"]
        if v.__class__ is dict:
            vals["payment_method"] = structure_TransactionCreateRequestSubjectPaymentMethod(v)
    return o


def validate_TransactionCreateRequestSubject(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestSubject."""
    check_model(d, at, _V_TransactionCreateRequestSubject, _K_TransactionCreateRequestSubject)


_U_TransactionCreateRequestCounterpartyDeviceContextNetworkContext: Table = (
    ("ip_address", "ip_address", None, False),
    ("ip_country_code", "ip_country_code", None, False),
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
)


def unstructure_TransactionCreateRequestCounterpartyDeviceContextNetworkContext(
    o: TransactionCreateRequestCounterpartyDeviceContextNetworkContext,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestCounterpartyDeviceContextNetworkContext` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestCounterpartyDeviceContextNetworkContext)


def structure_TransactionCreateRequestCounterpartyDeviceContextNetworkContext(
    d: Any,
) -> TransactionCreateRequestCounterpartyDeviceContextNetworkContext:
    """Decode a JSON object into :class:`TransactionCreateRequestCounterpartyDeviceContextNetworkContext`."""
    o = new_object(TransactionCreateRequestCounterpartyDeviceContextNetworkContext)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestCounterpartyDeviceContextNetworkContext.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestCounterpartyDeviceContextNetworkContext
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionCreateRequestCounterpartyDeviceContextNetworkContext(
    d: Any, at: str = ""
) -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestCounterpartyDeviceContextNetworkContext."""
    check_model(
        d,
        at,
        _V_TransactionCreateRequestCounterpartyDeviceContextNetworkContext,
        _K_TransactionCreateRequestCounterpartyDeviceContextNetworkContext,
    )


_U_TransactionCreateRequestCounterpartyDeviceContext: Table = (
    ("fingerprint", "fingerprint", None, False),
    ("persistent_device_id", "persistent_device_id", None, False),
    ("user_agent", "user_agent", None, False),
    ("browser_family", "browser_family", None, False),
    ("browser_version", "browser_version", None, False),
    ("platform", "platform", None, False),
    ("os_family", "os_family", None, False),
    ("os_version", "os_version", None, False),
    ("accept_language", "accept_language", None, False),
    ("session_id", "session_id", None, False),
    ("session_age_ms", "session_age_ms", None, False),
    (
        "network_context",
        "network_context",
        lambda v: (
            unstructure_TransactionCreateRequestCounterpartyDeviceContextNetworkContext(v)
            if isinstance(v, TransactionCreateRequestCounterpartyDeviceContextNetworkContext)
            else v
        ),
        False,
    ),
)


def unstructure_TransactionCreateRequestCounterpartyDeviceContext(
    o: TransactionCreateRequestCounterpartyDeviceContext,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestCounterpartyDeviceContext` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestCounterpartyDeviceContext)


def structure_TransactionCreateRequestCounterpartyDeviceContext(
    d: Any,
) -> TransactionCreateRequestCounterpartyDeviceContext:
    """Decode a JSON object into :class:`TransactionCreateRequestCounterpartyDeviceContext`."""
    v: Any
    o = new_object(TransactionCreateRequestCounterpartyDeviceContext)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestCounterpartyDeviceContext.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestCounterpartyDeviceContext
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "network_context" in vals:
        v = vals["network_context"]
        if v.__class__ is dict:
            vals["network_context"] = (
                structure_TransactionCreateRequestCounterpartyDeviceContextNetworkContext(v)
            )
    return o


def validate_TransactionCreateRequestCounterpartyDeviceContext(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestCounterpartyDeviceContext."""
    check_model(
        d,
        at,
        _V_TransactionCreateRequestCounterpartyDeviceContext,
        _K_TransactionCreateRequestCounterpartyDeviceContext,
    )


_U_TransactionCreateRequestCounterpartyPaymentMethod: Table = (
    ("method_type", "method_type", None, False),
    ("account_id", "account_id", None, False),
    ("issuing_country", "issuing_country", None, False),
)


def unstructure_TransactionCreateRequestCounterpartyPaymentMethod(
    o: TransactionCreateRequestCounterpartyPaymentMethod,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestCounterpartyPaymentMethod` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestCounterpartyPaymentMethod)


def structure_TransactionCreateRequestCounterpartyPaymentMethod(
    d: Any,
) -> TransactionCreateRequestCounterpartyPaymentMethod:
    """Decode a JSON object into :class:`TransactionCreateRequestCounterpartyPaymentMethod`."""
    o = new_object(TransactionCreateRequestCounterpartyPaymentMethod)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestCounterpartyPaymentMethod.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestCounterpartyPaymentMethod
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionCreateRequestCounterpartyPaymentMethod(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestCounterpartyPaymentMethod."""
    check_model(
        d,
        at,
        _V_TransactionCreateRequestCounterpartyPaymentMethod,
        _K_TransactionCreateRequestCounterpartyPaymentMethod,
    )


_U_TransactionCreateRequestCounterparty: Table = (
    ("entity_type", "entity_type", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("full_name", "full_name", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    (
        "address",
        "address",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "institution_details",
        "institution_details",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "device_context",
        "device_context",
        lambda v: (
            unstructure_TransactionCreateRequestCounterpartyDeviceContext(v)
            if isinstance(v, TransactionCreateRequestCounterpartyDeviceContext)
            else v
        ),
        False,
    ),
    (
        "payment_method",
        "payment_method",
        lambda v: (
            unstructure_TransactionCreateRequestCounterpartyPaymentMethod(v)
            if isinstance(v, TransactionCreateRequestCounterpartyPaymentMethod)
            else v
        ),
        False,
    ),
)


def unstructure_TransactionCreateRequestCounterparty(
    o: TransactionCreateRequestCounterparty,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestCounterparty` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestCounterparty)


def structure_TransactionCreateRequestCounterparty(d: Any) -> TransactionCreateRequestCounterparty:
    """Decode a JSON object into :class:`TransactionCreateRequestCounterparty`."""
    v: Any
    o = new_object(TransactionCreateRequestCounterparty)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestCounterparty.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestCounterparty
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "device_context" in vals:
        v = vals["device_context"]
        if v.__class__ is dict:
            vals["device_context"] = structure_TransactionCreateRequestCounterpartyDeviceContext(v)
    if "payment_method" in vals:
        v = vals["payment_method"]
        if v.__class__ is dict:
            vals["payment_method"] = structure_TransactionCreateRequestCounterpartyPaymentMethod(v)
    return o


def validate_TransactionCreateRequestCounterparty(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestCounterparty."""
    check_model(
        d, at, _V_TransactionCreateRequestCounterparty, _K_TransactionCreateRequestCounterparty
    )


_U_TransactionCreateRequestTravelRuleDetails: Table = (
    ("status", "status", None, False),
    ("protocol", "protocol", None, False),
    ("required", "required", None, False),
    ("obligations_count", "obligations_count", None, False),
    (
        "originator_data",
        "originator_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "beneficiary_data",
        "beneficiary_data",
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


def unstructure_TransactionCreateRequestTravelRuleDetails(
    o: TransactionCreateRequestTravelRuleDetails,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestTravelRuleDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestTravelRuleDetails)


def structure_TransactionCreateRequestTravelRuleDetails(
    d: Any,
) -> TransactionCreateRequestTravelRuleDetails:
    """Decode a JSON object into :class:`TransactionCreateRequestTravelRuleDetails`."""
    o = new_object(TransactionCreateRequestTravelRuleDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestTravelRuleDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestTravelRuleDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionCreateRequestTravelRuleDetails(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestTravelRuleDetails."""
    check_model(
        d,
        at,
        _V_TransactionCreateRequestTravelRuleDetails,
        _K_TransactionCreateRequestTravelRuleDetails,
    )


_U_TransactionCreateRequestNetworkSnapshot: Table = (
    (
        "nodes",
        "nodes",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "edges",
        "edges",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "metrics",
        "metrics",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TransactionCreateRequestNetworkSnapshot(
    o: TransactionCreateRequestNetworkSnapshot,
) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequestNetworkSnapshot` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequestNetworkSnapshot)


def structure_TransactionCreateRequestNetworkSnapshot(
    d: Any,
) -> TransactionCreateRequestNetworkSnapshot:
    """Decode a JSON object into :class:`TransactionCreateRequestNetworkSnapshot`."""
    o = new_object(TransactionCreateRequestNetworkSnapshot)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequestNetworkSnapshot.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequestNetworkSnapshot
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionCreateRequestNetworkSnapshot(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequestNetworkSnapshot."""
    check_model(
        d,
        at,
        _V_TransactionCreateRequestNetworkSnapshot,
        _K_TransactionCreateRequestNetworkSnapshot,
    )


_U_TransactionCreateRequest: Table = (
    ("transaction_id", "transaction_id", None, True),
    (
        "transaction_category",
        "transaction_category",
        lambda v: v.value if isinstance(v, TransactionCategory) else v,
        True,
    ),
    (
        "transaction_details",
        "transaction_details",
        lambda v: (
            unstructure_TransactionCreateRequestTransactionDetails(v)
            if isinstance(v, TransactionCreateRequestTransactionDetails)
            else v
        ),
        True,
    ),
    (
        "subject",
        "subject",
        lambda v: (
            unstructure_TransactionCreateRequestSubject(v)
            if isinstance(v, TransactionCreateRequestSubject)
            else v
        ),
        True,
    ),
    (
        "counterparty",
        "counterparty",
        lambda v: (
            unstructure_TransactionCreateRequestCounterparty(v)
            if isinstance(v, TransactionCreateRequestCounterparty)
            else v
        ),
        False,
    ),
    ("transaction_at", "transaction_at", None, False),
    ("time_zone", "time_zone", None, False),
    (
        "custom_properties",
        "custom_properties",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "travel_rule_details",
        "travel_rule_details",
        lambda v: (
            unstructure_TransactionCreateRequestTravelRuleDetails(v)
            if isinstance(v, TransactionCreateRequestTravelRuleDetails)
            else v
        ),
        False,
    ),
    (
        "network_snapshot",
        "network_snapshot",
        lambda v: (
            unstructure_TransactionCreateRequestNetworkSnapshot(v)
            if isinstance(v, TransactionCreateRequestNetworkSnapshot)
            else v
        ),
        False,
    ),
    ("include_crypto_screening", "include_crypto_screening", None, True),
)


def unstructure_TransactionCreateRequest(o: TransactionCreateRequest) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionCreateRequest)


def structure_TransactionCreateRequest(d: Any) -> TransactionCreateRequest:
    """Decode a JSON object into :class:`TransactionCreateRequest`."""
    v: Any
    o = new_object(TransactionCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "transaction_category" in vals:
        v = vals["transaction_category"]
        if v.__class__ is str:
            vals["transaction_category"] = _M_TransactionCategory[v]
    if "transaction_details" in vals:
        v = vals["transaction_details"]
        if v.__class__ is dict:
            vals["transaction_details"] = structure_TransactionCreateRequestTransactionDetails(v)
    if "subject" in vals:
        v = vals["subject"]
        if v.__class__ is dict:
            vals["subject"] = structure_TransactionCreateRequestSubject(v)
    if "counterparty" in vals:
        v = vals["counterparty"]
        if v.__class__ is dict:
            vals["counterparty"] = structure_TransactionCreateRequestCounterparty(v)
    if "travel_rule_details" in vals:
        v = vals["travel_rule_details"]
        if v.__class__ is dict:
            vals["travel_rule_details"] = structure_TransactionCreateRequestTravelRuleDetails(v)
    if "network_snapshot" in vals:
        v = vals["network_snapshot"]
        if v.__class__ is dict:
            vals["network_snapshot"] = structure_TransactionCreateRequestNetworkSnapshot(v)
    return o


def validate_TransactionCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequest."""
    check_model(d, at, _V_TransactionCreateRequest, _K_TransactionCreateRequest)


_K_TransactionCreateRequestTransactionDetails = keys_of(
    _U_TransactionCreateRequestTransactionDetails
)
_K_TransactionCreateRequestSubjectAddress = keys_of(_U_TransactionCreateRequestSubjectAddress)
_K_TransactionCreateRequestSubjectInstitutionDetails = keys_of(
    _U_TransactionCreateRequestSubjectInstitutionDetails
)
_K_TransactionCreateRequestSubjectDeviceContextNetworkContext = keys_of(
    _U_TransactionCreateRequestSubjectDeviceContextNetworkContext
)
_K_TransactionCreateRequestSubjectDeviceContext = keys_of(
    _U_TransactionCreateRequestSubjectDeviceContext
)
_K_TransactionCreateRequestSubjectPaymentMethod = keys_of(
    _U_TransactionCreateRequestSubjectPaymentMethod
)
_K_TransactionCreateRequestSubject = keys_of(_U_TransactionCreateRequestSubject)
_K_TransactionCreateRequestCounterpartyDeviceContextNetworkContext = keys_of(
    _U_TransactionCreateRequestCounterpartyDeviceContextNetworkContext
)
_K_TransactionCreateRequestCounterpartyDeviceContext = keys_of(
    _U_TransactionCreateRequestCounterpartyDeviceContext
)
_K_TransactionCreateRequestCounterpartyPaymentMethod = keys_of(
    _U_TransactionCreateRequestCounterpartyPaymentMethod
)
_K_TransactionCreateRequestCounterparty = keys_of(_U_TransactionCreateRequestCounterparty)
_K_TransactionCreateRequestTravelRuleDetails = keys_of(_U_TransactionCreateRequestTravelRuleDetails)
_K_TransactionCreateRequestNetworkSnapshot = keys_of(_U_TransactionCreateRequestNetworkSnapshot)
_K_TransactionCreateRequest = keys_of(_U_TransactionCreateRequest)

_V_TransactionCreateRequestTransactionDetails: Any = (
    "TransactionCreateRequestTransactionDetails",
    False,
    0,
    (
        ("direction", False, False, ("enum", _E_inline77, "inbound, outbound, in, out")),
        (
            "amount",
            False,
            False,
            (
                "union",
                ("number", "string"),
                (
                    ("number", ("num", None, None)),
                    ("string", ("str", None, None, None, None, ())),
                ),
            ),
        ),
        ("currency", False, False, ("str", None, None, None, None, ())),
        ("currency_kind", False, False, ("str", None, None, None, None, ())),
        ("amount_in_default_currency", False, True, ("num", None, None)),
        ("default_currency", False, False, ("str", None, None, None, None, ())),
        ("payment_details", False, True, ("str", None, None, None, None, ())),
        ("payment_reference_id", False, True, ("str", None, None, None, None, ())),
        ("action_type", False, True, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_TransactionCreateRequestSubjectAddress: Any = (
    "TransactionCreateRequestSubjectAddress",
    False,
    0,
    (
        ("country", False, False, ("str", None, None, None, None, ())),
        ("town", False, False, ("str", None, None, None, None, ())),
        ("state", False, False, ("str", None, None, None, None, ())),
        ("street", False, False, ("str", None, None, None, None, ())),
        ("post_code", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_TransactionCreateRequestSubjectInstitutionDetails: Any = (
    "TransactionCreateRequestSubjectInstitutionDetails",
    False,
    0,
    (
        ("name", False, False, ("str", None, None, None, None, ())),
        ("code", False, False, ("str", None, None, None, None, ())),
        ("address", False, False, ("obj",)),
    ),
    (),
)

_V_TransactionCreateRequestSubjectDeviceContextNetworkContext: Any = (
    "TransactionCreateRequestSubjectDeviceContextNetworkContext",
    False,
    0,
    (
        ("ip_address", False, False, ("str", None, None, None, None, ())),
        ("ip_country_code", False, False, ("str", None, None, None, None, ())),
        ("latitude", False, False, ("num", None, None)),
        ("longitude", False, False, ("num", None, None)),
    ),
    (),
)

_V_TransactionCreateRequestSubjectDeviceContext: Any = (
    "TransactionCreateRequestSubjectDeviceContext",
    False,
    0,
    (
        ("fingerprint", False, False, ("str", None, None, None, None, ())),
        ("persistent_device_id", False, False, ("str", None, None, None, None, ())),
        ("user_agent", False, False, ("str", None, None, None, None, ())),
        ("browser_family", False, False, ("str", None, None, None, None, ())),
        ("browser_version", False, False, ("str", None, None, None, None, ())),
        ("platform", False, False, ("str", None, None, None, None, ())),
        ("os_family", False, False, ("str", None, None, None, None, ())),
        ("os_version", False, False, ("str", None, None, None, None, ())),
        ("accept_language", False, False, ("str", None, None, None, None, ())),
        ("session_id", False, False, ("str", None, None, None, None, ())),
        ("session_age_ms", False, False, ("num", None, None)),
        (
            "network_context",
            False,
            False,
            ("model", validate_TransactionCreateRequestSubjectDeviceContextNetworkContext),
        ),
    ),
    (),
)

_V_TransactionCreateRequestSubjectPaymentMethod: Any = (
    "TransactionCreateRequestSubjectPaymentMethod",
    False,
    0,
    (
        ("method_type", False, False, ("str", None, None, None, None, ())),
        ("account_id", False, False, ("str", None, None, None, None, ())),
        ("issuing_country", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_TransactionCreateRequestSubject: Any = (
    "TransactionCreateRequestSubject",
    False,
    0,
    (
        ("entity_type", False, False, ("str", None, None, None, None, ())),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("full_name", False, False, ("str", None, None, None, None, ())),
        ("first_name", False, False, ("str", None, None, None, None, ())),
        ("last_name", False, False, ("str", None, None, None, None, ())),
        ("date_of_birth", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("address", False, False, ("model", validate_TransactionCreateRequestSubjectAddress)),
        (
            "institution_details",
            False,
            False,
            ("model", validate_TransactionCreateRequestSubjectInstitutionDetails),
        ),
        (
            "device_context",
            False,
            False,
            ("model", validate_TransactionCreateRequestSubjectDeviceContext),
        ),
        (
            "payment_method",
            False,
            False,
            ("model", validate_TransactionCreateRequestSubjectPaymentMethod),
        ),
    ),
    (),
)

_V_TransactionCreateRequestCounterpartyDeviceContextNetworkContext: Any = (
    "TransactionCreateRequestCounterpartyDeviceContextNetworkContext",
    False,
    0,
    (
        ("ip_address", False, False, ("str", None, None, None, None, ())),
        ("ip_country_code", False, False, ("str", None, None, None, None, ())),
        ("latitude", False, False, ("num", None, None)),
        ("longitude", False, False, ("num", None, None)),
    ),
    (),
)

_V_TransactionCreateRequestCounterpartyDeviceContext: Any = (
    "TransactionCreateRequestCounterpartyDeviceContext",
    False,
    0,
    (
        ("fingerprint", False, False, ("str", None, None, None, None, ())),
        ("persistent_device_id", False, False, ("str", None, None, None, None, ())),
        ("user_agent", False, False, ("str", None, None, None, None, ())),
        ("browser_family", False, False, ("str", None, None, None, None, ())),
        ("browser_version", False, False, ("str", None, None, None, None, ())),
        ("platform", False, False, ("str", None, None, None, None, ())),
        ("os_family", False, False, ("str", None, None, None, None, ())),
        ("os_version", False, False, ("str", None, None, None, None, ())),
        ("accept_language", False, False, ("str", None, None, None, None, ())),
        ("session_id", False, False, ("str", None, None, None, None, ())),
        ("session_age_ms", False, False, ("num", None, None)),
        (
            "network_context",
            False,
            False,
            ("model", validate_TransactionCreateRequestCounterpartyDeviceContextNetworkContext),
        ),
    ),
    (),
)

_V_TransactionCreateRequestCounterpartyPaymentMethod: Any = (
    "TransactionCreateRequestCounterpartyPaymentMethod",
    False,
    0,
    (
        ("method_type", False, False, ("str", None, None, None, None, ())),
        ("account_id", False, False, ("str", None, None, None, None, ())),
        ("issuing_country", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_TransactionCreateRequestCounterparty: Any = (
    "TransactionCreateRequestCounterparty",
    False,
    0,
    (
        ("entity_type", False, False, ("str", None, None, None, None, ())),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("full_name", False, False, ("str", None, None, None, None, ())),
        ("first_name", False, False, ("str", None, None, None, None, ())),
        ("last_name", False, False, ("str", None, None, None, None, ())),
        ("date_of_birth", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("address", False, False, ("obj",)),
        ("institution_details", False, False, ("obj",)),
        (
            "device_context",
            False,
            False,
            ("model", validate_TransactionCreateRequestCounterpartyDeviceContext),
        ),
        (
            "payment_method",
            False,
            False,
            ("model", validate_TransactionCreateRequestCounterpartyPaymentMethod),
        ),
    ),
    (),
)

_V_TransactionCreateRequestTravelRuleDetails: Any = (
    "TransactionCreateRequestTravelRuleDetails",
    False,
    0,
    (
        ("status", False, False, ("str", None, None, None, None, ())),
        ("protocol", False, False, ("str", None, None, None, None, ())),
        ("required", False, False, ("bool",)),
        ("obligations_count", False, False, ("int", None, None)),
        ("originator_data", False, False, ("obj",)),
        ("beneficiary_data", False, False, ("obj",)),
        ("metadata", False, False, ("obj",)),
    ),
    (),
)

_V_TransactionCreateRequestNetworkSnapshot: Any = (
    "TransactionCreateRequestNetworkSnapshot",
    False,
    0,
    (
        ("nodes", False, False, ("list", None, None, ("obj",), False)),
        ("edges", False, False, ("list", None, None, ("obj",), False)),
        ("metrics", False, False, ("obj",)),
    ),
    (),
)

_V_TransactionCreateRequest: Any = (
    "TransactionCreateRequest",
    False,
    0,
    (
        ("transaction_id", True, False, ("str", 1, None, None, None, ())),
        (
            "transaction_category",
            True,
            False,
            (
                "enum",
                _E_TransactionCategory,
                "finance, kyc, travel_rule, user_event, audit_trail_event, gambling_bet, gambling_limit_change, gambling_bonus_change, travelRule",
            ),
        ),
        (
            "transaction_details",
            True,
            False,
            ("model", validate_TransactionCreateRequestTransactionDetails),
        ),
        ("subject", True, False, ("model", validate_TransactionCreateRequestSubject)),
        ("counterparty", False, False, ("model", validate_TransactionCreateRequestCounterparty)),
        ("transaction_at", False, False, ("str", None, None, None, (is_datetime, "date-time"), ())),
        ("time_zone", False, False, ("str", None, None, None, None, ())),
        ("custom_properties", False, False, ("obj",)),
        (
            "travel_rule_details",
            False,
            False,
            ("model", validate_TransactionCreateRequestTravelRuleDetails),
        ),
        (
            "network_snapshot",
            False,
            False,
            ("model", validate_TransactionCreateRequestNetworkSnapshot),
        ),
        ("include_crypto_screening", False, True, ("bool",)),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_datetime

from ..enums import TransactionCategory
from ..models.transactions import (
    Transaction,
    TransactionCreateRequest,
    TransactionListPage,
    TransactionRuleHit,
)
from . import (
    Table,
    _E_TransactionCategory,
    _M_TransactionCategory,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
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
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    (
        "subject",
        "subject",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    (
        "counterparty",
        "counterparty",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
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
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "network_snapshot",
        "network_snapshot",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("include_crypto_screening", "include_crypto_screening", None, False),
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
    return o


def validate_TransactionCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequest."""
    check_model(d, at, _V_TransactionCreateRequest, _K_TransactionCreateRequest)


_U_TransactionRuleHit: Table = (
    ("rule", "rule", None, False),
    ("action", "action", None, False),
    ("description", "description", None, False),
)


def unstructure_TransactionRuleHit(o: TransactionRuleHit) -> dict[str, Any]:
    """Encode :class:`TransactionRuleHit` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleHit)


def structure_TransactionRuleHit(d: Any) -> TransactionRuleHit:
    """Decode a JSON object into :class:`TransactionRuleHit`."""
    o = new_object(TransactionRuleHit)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleHit.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleHit
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_Transaction: Table = (
    ("uuid", "uuid", None, False),
    ("transaction_id", "transaction_id", None, True),
    ("transaction_category", "transaction_category", None, False),
    ("status", "status", None, False),
    ("risk_score", "risk_score", None, False),
    (
        "rule_hits",
        "rule_hits",
        lambda v: (
            [
                unstructure_TransactionRuleHit(x) if isinstance(x, TransactionRuleHit) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "transaction_details",
        "transaction_details",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "subject",
        "subject",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "counterparty",
        "counterparty",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "custom_properties",
        "custom_properties",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("transaction_at", "transaction_at", None, False),
    ("time_zone", "time_zone", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_Transaction(o: Transaction) -> dict[str, Any]:
    """Encode :class:`Transaction` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_Transaction)


def structure_Transaction(d: Any) -> Transaction:
    """Decode a JSON object into :class:`Transaction`."""
    v: Any
    o = new_object(Transaction)
    vals = o.__dict__
    vals.update(d)
    if _K_Transaction.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Transaction
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "rule_hits" in vals:
        v = vals["rule_hits"]
        if v and v.__class__ is list:
            vals["rule_hits"] = [
                structure_TransactionRuleHit(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_TransactionListPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_Transaction(x) if isinstance(x, Transaction) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_TransactionListPage(o: TransactionListPage) -> dict[str, Any]:
    """Encode :class:`TransactionListPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionListPage)


def structure_TransactionListPage(d: Any) -> TransactionListPage:
    """Decode a JSON object into :class:`TransactionListPage`."""
    v: Any
    o = new_object(TransactionListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_Transaction(x) if x.__class__ is dict else x for x in v]
    return o


_K_TransactionCreateRequest = keys_of(_U_TransactionCreateRequest)
_K_TransactionRuleHit = keys_of(_U_TransactionRuleHit)
_K_Transaction = keys_of(_U_Transaction)
_K_TransactionListPage = keys_of(_U_TransactionListPage)

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
                "finance, kyc, travel_rule, user_event, audit_trail_event, gambling_bet, gambling_limit_change, gambling_bonus_change",
            ),
        ),
        ("transaction_details", True, False, ("obj",)),
        ("subject", True, False, ("obj",)),
        ("counterparty", False, False, ("obj",)),
        ("transaction_at", False, False, ("str", None, None, None, (is_datetime, "date-time"), ())),
        ("time_zone", False, False, ("str", None, None, None, None, ())),
        ("custom_properties", False, False, ("obj",)),
        ("travel_rule_details", False, False, ("obj",)),
        ("network_snapshot", False, False, ("obj",)),
        ("include_crypto_screening", False, False, ("bool",)),
    ),
    (),
)

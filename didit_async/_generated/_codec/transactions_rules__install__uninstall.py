# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions_rules__install__uninstall' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.transactions_rules__install__uninstall import (
    TransactionRuleInstallRequest,
    TransactionRuleInstallResult,
)
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_TransactionRuleInstallRequest: Table = (
    ("library_keys", "library_keys", None, False),
    ("bundle", "bundle", None, False),
)


def unstructure_TransactionRuleInstallRequest(o: TransactionRuleInstallRequest) -> dict[str, Any]:
    """Encode :class:`TransactionRuleInstallRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleInstallRequest)


def structure_TransactionRuleInstallRequest(d: Any) -> TransactionRuleInstallRequest:
    """Decode a JSON object into :class:`TransactionRuleInstallRequest`."""
    o = new_object(TransactionRuleInstallRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleInstallRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleInstallRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionRuleInstallRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleInstallRequest."""
    check_model(d, at, _V_TransactionRuleInstallRequest, _K_TransactionRuleInstallRequest)


_U_TransactionRuleInstallResult: Table = (
    ("installed_library_keys", "installed_library_keys", None, False),
    ("installed_count", "installed_count", None, False),
    ("uninstalled_count", "uninstalled_count", None, False),
)


def unstructure_TransactionRuleInstallResult(o: TransactionRuleInstallResult) -> dict[str, Any]:
    """Encode :class:`TransactionRuleInstallResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleInstallResult)


def structure_TransactionRuleInstallResult(d: Any) -> TransactionRuleInstallResult:
    """Decode a JSON object into :class:`TransactionRuleInstallResult`."""
    o = new_object(TransactionRuleInstallResult)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleInstallResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleInstallResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_TransactionRuleInstallRequest = keys_of(_U_TransactionRuleInstallRequest)
_K_TransactionRuleInstallResult = keys_of(_U_TransactionRuleInstallResult)

_V_TransactionRuleInstallRequest: Any = (
    "TransactionRuleInstallRequest",
    False,
    0,
    (
        (
            "library_keys",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        ("bundle", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

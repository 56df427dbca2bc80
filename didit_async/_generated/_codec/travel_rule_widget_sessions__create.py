# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_widget_sessions__create' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..models.travel_rule_widget_sessions__create import (
    TravelRuleWidgetSession,
    TravelRuleWidgetSessionCreateRequest,
)
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_TravelRuleWidgetSessionCreateRequest: Table = (
    ("wallet_address", "wallet_address", None, True),
    ("chain", "chain", None, True),
    ("holder_name", "holder_name", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("transaction_id", "transaction_id", None, False),
    ("satoshi_deposit_address", "satoshi_deposit_address", None, False),
    ("callback_url", "callback_url", None, False),
    ("expires_in_minutes", "expires_in_minutes", None, False),
)


def unstructure_TravelRuleWidgetSessionCreateRequest(
    o: TravelRuleWidgetSessionCreateRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleWidgetSessionCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleWidgetSessionCreateRequest)


def structure_TravelRuleWidgetSessionCreateRequest(d: Any) -> TravelRuleWidgetSessionCreateRequest:
    """Decode a JSON object into :class:`TravelRuleWidgetSessionCreateRequest`."""
    o = new_object(TravelRuleWidgetSessionCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWidgetSessionCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWidgetSessionCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TravelRuleWidgetSessionCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleWidgetSessionCreateRequest."""
    check_model(
        d, at, _V_TravelRuleWidgetSessionCreateRequest, _K_TravelRuleWidgetSessionCreateRequest
    )


_U_TravelRuleWidgetSession: Table = (
    ("widget_session_id", "widget_session_id", None, False),
    ("token", "token", None, False),
    ("url", "url", None, False),
    ("expires_at", "expires_at", None, False),
)


def unstructure_TravelRuleWidgetSession(o: TravelRuleWidgetSession) -> dict[str, Any]:
    """Encode :class:`TravelRuleWidgetSession` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleWidgetSession)


def structure_TravelRuleWidgetSession(d: Any) -> TravelRuleWidgetSession:
    """Decode a JSON object into :class:`TravelRuleWidgetSession`."""
    o = new_object(TravelRuleWidgetSession)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWidgetSession.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWidgetSession
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_TravelRuleWidgetSessionCreateRequest = keys_of(_U_TravelRuleWidgetSessionCreateRequest)
_K_TravelRuleWidgetSession = keys_of(_U_TravelRuleWidgetSession)

_V_TravelRuleWidgetSessionCreateRequest: Any = (
    "TravelRuleWidgetSessionCreateRequest",
    False,
    0,
    (
        ("wallet_address", True, False, ("str", None, None, None, None, ())),
        ("chain", True, False, ("str", None, None, None, None, ())),
        ("holder_name", False, False, ("str", None, None, None, None, ())),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("transaction_id", False, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("satoshi_deposit_address", False, False, ("str", None, None, None, None, ())),
        ("callback_url", False, False, ("str", None, None, None, None, ())),
        ("expires_in_minutes", False, False, ("int", None, None)),
    ),
    (),
)

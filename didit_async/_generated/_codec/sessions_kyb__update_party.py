# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions_kyb__update_party' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions_kyb__update_party import KybParty, KybPartyUpdateRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_KybPartyUpdateRequest: Table = (("is_skipped", "is_skipped", None, True),)


def unstructure_KybPartyUpdateRequest(o: KybPartyUpdateRequest) -> dict[str, Any]:
    """Encode :class:`KybPartyUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybPartyUpdateRequest)


def structure_KybPartyUpdateRequest(d: Any) -> KybPartyUpdateRequest:
    """Decode a JSON object into :class:`KybPartyUpdateRequest`."""
    o = new_object(KybPartyUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybPartyUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybPartyUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_KybPartyUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybPartyUpdateRequest."""
    check_model(d, at, _V_KybPartyUpdateRequest, _K_KybPartyUpdateRequest)


_U_KybParty: Table = (
    ("uuid", "uuid", None, False),
    ("entity_type", "entity_type", None, False),
    ("name", "name", None, False),
    ("is_skipped", "is_skipped", None, False),
    ("requires_verification", "requires_verification", None, False),
    ("kyc_session_status", "kyc_session_status", None, False),
    ("kyc_session_url", "kyc_session_url", None, False),
    ("kyc_session_deleted", "kyc_session_deleted", None, False),
    ("kyb_sub_session_deleted", "kyb_sub_session_deleted", None, False),
)


def unstructure_KybParty(o: KybParty) -> dict[str, Any]:
    """Encode :class:`KybParty` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybParty)


def structure_KybParty(d: Any) -> KybParty:
    """Decode a JSON object into :class:`KybParty`."""
    o = new_object(KybParty)
    vals = o.__dict__
    vals.update(d)
    if _K_KybParty.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybParty
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_KybPartyUpdateRequest = keys_of(_U_KybPartyUpdateRequest)
_K_KybParty = keys_of(_U_KybParty)

_V_KybPartyUpdateRequest: Any = (
    "KybPartyUpdateRequest",
    False,
    0,
    (("is_skipped", True, False, ("bool",)),),
    (),
)

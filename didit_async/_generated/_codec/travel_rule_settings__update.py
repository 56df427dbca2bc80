# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_settings__update' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email

from ..models.travel_rule_settings__update import TravelRuleSettingsUpdateRequest
from . import (
    Table,
    _E_inline127,
    _E_inline128,
    _E_inline129,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_TravelRuleSettingsUpdateRequest: Table = (
    ("is_enabled", "is_enabled", None, False),
    ("legal_name", "legal_name", None, False),
    ("lei", "lei", None, False),
    ("jurisdiction", "jurisdiction", None, False),
    ("name_matching_strictness", "name_matching_strictness", None, False),
    ("confirmation_timeout_hours", "confirmation_timeout_hours", None, False),
    ("timeout_outcome", "timeout_outcome", None, False),
    ("compliance_email", "compliance_email", None, False),
    ("is_discoverable", "is_discoverable", None, False),
    ("threshold_amount", "threshold_amount", None, False),
    ("inbound_auto_accept", "inbound_auto_accept", None, False),
    ("allow_self_declaration", "allow_self_declaration", None, False),
    ("allow_screenshot_proof", "allow_screenshot_proof", None, False),
    ("auto_wallet_verification", "auto_wallet_verification", None, False),
    ("vasp_attribution_enabled", "vasp_attribution_enabled", None, False),
    ("disabled_networks", "disabled_networks", None, False),
)


def unstructure_TravelRuleSettingsUpdateRequest(
    o: TravelRuleSettingsUpdateRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleSettingsUpdateRequest)


def structure_TravelRuleSettingsUpdateRequest(d: Any) -> TravelRuleSettingsUpdateRequest:
    """Decode a JSON object into :class:`TravelRuleSettingsUpdateRequest`."""
    o = new_object(TravelRuleSettingsUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TravelRuleSettingsUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleSettingsUpdateRequest."""
    check_model(d, at, _V_TravelRuleSettingsUpdateRequest, _K_TravelRuleSettingsUpdateRequest)


_K_TravelRuleSettingsUpdateRequest = keys_of(_U_TravelRuleSettingsUpdateRequest)

_V_TravelRuleSettingsUpdateRequest: Any = (
    "TravelRuleSettingsUpdateRequest",
    False,
    0,
    (
        ("is_enabled", False, False, ("bool",)),
        ("legal_name", False, False, ("str", None, None, None, None, ())),
        ("lei", False, False, ("str", None, None, None, None, ())),
        ("jurisdiction", False, False, ("str", None, 8, None, None, ())),
        (
            "name_matching_strictness",
            False,
            False,
            ("enum", _E_inline127, "NONE, STRICT, DEFAULT, FUZZY"),
        ),
        ("confirmation_timeout_hours", False, False, ("int", 1, None)),
        ("timeout_outcome", False, False, ("enum", _E_inline128, "HOLD, REJECT, PROCEED")),
        ("compliance_email", False, False, ("str", None, None, None, (is_email, "email"), ())),
        ("is_discoverable", False, False, ("bool",)),
        ("threshold_amount", False, False, ("str", None, None, None, None, ())),
        ("inbound_auto_accept", False, False, ("bool",)),
        ("allow_self_declaration", False, False, ("bool",)),
        ("allow_screenshot_proof", False, False, ("bool",)),
        ("auto_wallet_verification", False, False, ("bool",)),
        ("vasp_attribution_enabled", False, False, ("bool",)),
        (
            "disabled_networks",
            False,
            False,
            ("list", None, None, ("enum", _E_inline129, "GTR, TRUST, VERIFYVASP, SYGNA"), False),
        ),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__email_phone' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.shared__email_phone import RequestSignals
from . import Table, _E_inline59, check_model, encode_by_table, keys_of, new_object

_U_RequestSignals: Table = (
    ("ip", "ip", None, False),
    ("device_id", "device_id", None, False),
    ("user_agent", "user_agent", None, False),
    ("device_platform", "device_platform", None, False),
    ("device_model", "device_model", None, False),
    ("os_version", "os_version", None, False),
    ("app_version", "app_version", None, False),
)


def unstructure_RequestSignals(o: RequestSignals) -> dict[str, Any]:
    """Encode :class:`RequestSignals` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RequestSignals)


def structure_RequestSignals(d: Any) -> RequestSignals:
    """Decode a JSON object into :class:`RequestSignals`."""
    o = new_object(RequestSignals)
    vals = o.__dict__
    vals.update(d)
    if _K_RequestSignals.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RequestSignals
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_RequestSignals(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid RequestSignals."""
    check_model(d, at, _V_RequestSignals, _K_RequestSignals)


_K_RequestSignals = keys_of(_U_RequestSignals)

_V_RequestSignals: Any = (
    "RequestSignals",
    False,
    0,
    (
        ("ip", False, False, ("str", None, None, None, None, ())),
        ("device_id", False, False, ("str", None, 255, None, None, ())),
        ("user_agent", False, False, ("str", None, 512, None, None, ())),
        ("device_platform", False, False, ("enum", _E_inline59, "android, ios, ipados, tvos, web")),
        ("device_model", False, False, ("str", None, None, None, None, ())),
        ("os_version", False, False, ("str", None, None, None, None, ())),
        ("app_version", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

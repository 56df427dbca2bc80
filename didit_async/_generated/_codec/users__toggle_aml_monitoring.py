# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'users__toggle_aml_monitoring' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..models.users__toggle_aml_monitoring import AmlMonitoringUsersRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_AmlMonitoringUsersRequest: Table = (
    ("is_enabled", "is_enabled", None, True),
    ("estimate_only", "estimate_only", None, False),
    ("vendor_data_list", "vendor_data_list", None, False),
    ("didit_internal_id_list", "didit_internal_id_list", None, False),
)


def unstructure_AmlMonitoringUsersRequest(o: AmlMonitoringUsersRequest) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringUsersRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlMonitoringUsersRequest)


def structure_AmlMonitoringUsersRequest(d: Any) -> AmlMonitoringUsersRequest:
    """Decode a JSON object into :class:`AmlMonitoringUsersRequest`."""
    o = new_object(AmlMonitoringUsersRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringUsersRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringUsersRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_AmlMonitoringUsersRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlMonitoringUsersRequest."""
    check_model(d, at, _V_AmlMonitoringUsersRequest, _K_AmlMonitoringUsersRequest)


_K_AmlMonitoringUsersRequest = keys_of(_U_AmlMonitoringUsersRequest)

_V_AmlMonitoringUsersRequest: Any = (
    "AmlMonitoringUsersRequest",
    False,
    0,
    (
        ("is_enabled", True, False, ("bool",)),
        ("estimate_only", False, False, ("bool",)),
        (
            "vendor_data_list",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        (
            "didit_internal_id_list",
            False,
            False,
            ("list", None, None, ("str", None, None, None, (is_uuid, "uuid"), ()), False),
        ),
    ),
    (),
)

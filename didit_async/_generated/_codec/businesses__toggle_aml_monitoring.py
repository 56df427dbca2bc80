# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'businesses__toggle_aml_monitoring' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..models.businesses__toggle_aml_monitoring import AmlMonitoringBusinessesRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_AmlMonitoringBusinessesRequest: Table = (
    ("is_enabled", "is_enabled", None, True),
    ("estimate_only", "estimate_only", None, False),
    ("vendor_data_list", "vendor_data_list", None, False),
    ("didit_internal_id_list", "didit_internal_id_list", None, False),
)


def unstructure_AmlMonitoringBusinessesRequest(o: AmlMonitoringBusinessesRequest) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringBusinessesRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlMonitoringBusinessesRequest)


def structure_AmlMonitoringBusinessesRequest(d: Any) -> AmlMonitoringBusinessesRequest:
    """Decode a JSON object into :class:`AmlMonitoringBusinessesRequest`."""
    o = new_object(AmlMonitoringBusinessesRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringBusinessesRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringBusinessesRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_AmlMonitoringBusinessesRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlMonitoringBusinessesRequest."""
    check_model(d, at, _V_AmlMonitoringBusinessesRequest, _K_AmlMonitoringBusinessesRequest)


_K_AmlMonitoringBusinessesRequest = keys_of(_U_AmlMonitoringBusinessesRequest)

_V_AmlMonitoringBusinessesRequest: Any = (
    "AmlMonitoringBusinessesRequest",
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

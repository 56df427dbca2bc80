# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'system__healthcheck' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.system__healthcheck import HealthcheckResponse
from . import Table, encode_by_table, keys_of, new_object

_U_HealthcheckResponse: Table = (
    ("status", "status", None, True),
    ("timestamp", "timestamp", None, False),
)


def unstructure_HealthcheckResponse(o: HealthcheckResponse) -> dict[str, Any]:
    """Encode :class:`HealthcheckResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_HealthcheckResponse)


def structure_HealthcheckResponse(d: Any) -> HealthcheckResponse:
    """Decode a JSON object into :class:`HealthcheckResponse`."""
    o = new_object(HealthcheckResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_HealthcheckResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_HealthcheckResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_HealthcheckResponse = keys_of(_U_HealthcheckResponse)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__transfer' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..models.cases__transfer import CaseTransferRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_CaseTransferRequest: Table = (("target_blueprint", "target_blueprint", None, True),)


def unstructure_CaseTransferRequest(o: CaseTransferRequest) -> dict[str, Any]:
    """Encode :class:`CaseTransferRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseTransferRequest)


def structure_CaseTransferRequest(d: Any) -> CaseTransferRequest:
    """Decode a JSON object into :class:`CaseTransferRequest`."""
    o = new_object(CaseTransferRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseTransferRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseTransferRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseTransferRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseTransferRequest."""
    check_model(d, at, _V_CaseTransferRequest, _K_CaseTransferRequest)


_K_CaseTransferRequest = keys_of(_U_CaseTransferRequest)

_V_CaseTransferRequest: Any = (
    "CaseTransferRequest",
    False,
    0,
    (("target_blueprint", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__delete' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions__delete import SessionDeleteResponse
from . import Table, encode_by_table, keys_of, new_object

_U_SessionDeleteResponse: Table = (
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("face_retention_outcome", "face_retention_outcome", None, False),
    ("biometric_template_uuid", "biometric_template_uuid", None, False),
)


def unstructure_SessionDeleteResponse(o: SessionDeleteResponse) -> dict[str, Any]:
    """Encode :class:`SessionDeleteResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionDeleteResponse)


def structure_SessionDeleteResponse(d: Any) -> SessionDeleteResponse:
    """Decode a JSON object into :class:`SessionDeleteResponse`."""
    o = new_object(SessionDeleteResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionDeleteResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionDeleteResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_SessionDeleteResponse = keys_of(_U_SessionDeleteResponse)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__account_blocklist' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.shared__account_blocklist import MessageResponse
from . import Table, encode_by_table, keys_of, new_object

_U_MessageResponse: Table = (("message", "message", None, False),)


def unstructure_MessageResponse(o: MessageResponse) -> dict[str, Any]:
    """Encode :class:`MessageResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_MessageResponse)


def structure_MessageResponse(d: Any) -> MessageResponse:
    """Decode a JSON object into :class:`MessageResponse`."""
    o = new_object(MessageResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_MessageResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_MessageResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_MessageResponse = keys_of(_U_MessageResponse)

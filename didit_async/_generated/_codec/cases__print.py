# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__print' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.cases__print import CasePrintout
from . import Table, encode_by_table, keys_of, new_object

_U_CasePrintout: Table = (("url", "url", None, False),)


def unstructure_CasePrintout(o: CasePrintout) -> dict[str, Any]:
    """Encode :class:`CasePrintout` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CasePrintout)


def structure_CasePrintout(d: Any) -> CasePrintout:
    """Decode a JSON object into :class:`CasePrintout`."""
    o = new_object(CasePrintout)
    vals = o.__dict__
    vals.update(d)
    if _K_CasePrintout.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CasePrintout
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_CasePrintout = keys_of(_U_CasePrintout)

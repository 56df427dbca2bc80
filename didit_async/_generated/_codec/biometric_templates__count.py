# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'biometric_templates__count' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.biometric_templates__count import BiometricTemplateCount
from . import Table, encode_by_table, keys_of, new_object

_U_BiometricTemplateCount: Table = (("count", "count", None, False),)


def unstructure_BiometricTemplateCount(o: BiometricTemplateCount) -> dict[str, Any]:
    """Encode :class:`BiometricTemplateCount` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BiometricTemplateCount)


def structure_BiometricTemplateCount(d: Any) -> BiometricTemplateCount:
    """Decode a JSON object into :class:`BiometricTemplateCount`."""
    o = new_object(BiometricTemplateCount)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplateCount.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplateCount
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_BiometricTemplateCount = keys_of(_U_BiometricTemplateCount)

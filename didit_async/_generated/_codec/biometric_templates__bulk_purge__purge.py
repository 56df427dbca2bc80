# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'biometric_templates__bulk_purge__purge' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.biometric_templates__bulk_purge__purge import BiometricTemplatePurgeResult
from . import Table, encode_by_table, keys_of, new_object

_U_BiometricTemplatePurgeResult: Table = (
    ("uuid", "uuid", None, False),
    ("outcome", "outcome", None, False),
)


def unstructure_BiometricTemplatePurgeResult(o: BiometricTemplatePurgeResult) -> dict[str, Any]:
    """Encode :class:`BiometricTemplatePurgeResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BiometricTemplatePurgeResult)


def structure_BiometricTemplatePurgeResult(d: Any) -> BiometricTemplatePurgeResult:
    """Decode a JSON object into :class:`BiometricTemplatePurgeResult`."""
    o = new_object(BiometricTemplatePurgeResult)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplatePurgeResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplatePurgeResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_BiometricTemplatePurgeResult = keys_of(_U_BiometricTemplatePurgeResult)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'biometric_templates__list__retrieve' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.biometric_templates__list__retrieve import BiometricTemplate
from . import Table, encode_by_table, keys_of, new_object

_U_BiometricTemplate: Table = (
    ("uuid", "uuid", None, False),
    ("vendor_user_uuid", "vendor_user_uuid", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("source_type", "source_type", None, False),
    ("provenance_reference", "provenance_reference", None, False),
    ("retention_policy", "retention_policy", None, False),
    ("retention_override", "retention_override", None, False),
    ("retained_at", "retained_at", None, False),
    ("expires_at", "expires_at", None, False),
    ("retained_by", "retained_by", None, False),
    ("retained_by_type", "retained_by_type", None, False),
    ("instruction_class", "instruction_class", None, False),
    ("instruction_source", "instruction_source", None, False),
    ("instruction_id", "instruction_id", None, False),
    ("held_out_of_use", "held_out_of_use", None, False),
    ("status", "status", None, False),
    ("purged_at", "purged_at", None, False),
)


def unstructure_BiometricTemplate(o: BiometricTemplate) -> dict[str, Any]:
    """Encode :class:`BiometricTemplate` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BiometricTemplate)


def structure_BiometricTemplate(d: Any) -> BiometricTemplate:
    """Decode a JSON object into :class:`BiometricTemplate`."""
    o = new_object(BiometricTemplate)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplate.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplate
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_BiometricTemplate = keys_of(_U_BiometricTemplate)

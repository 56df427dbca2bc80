# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'biometric_templates__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.biometric_templates__list import BiometricTemplatePage
from ..models.biometric_templates__list__retrieve import BiometricTemplate
from . import Table, encode_by_table, keys_of, new_object
from .biometric_templates__list__retrieve import (
    structure_BiometricTemplate,
    unstructure_BiometricTemplate,
)

_U_BiometricTemplatePage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_BiometricTemplate(x) if isinstance(x, BiometricTemplate) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_BiometricTemplatePage(o: BiometricTemplatePage) -> dict[str, Any]:
    """Encode :class:`BiometricTemplatePage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BiometricTemplatePage)


def structure_BiometricTemplatePage(d: Any) -> BiometricTemplatePage:
    """Decode a JSON object into :class:`BiometricTemplatePage`."""
    v: Any
    o = new_object(BiometricTemplatePage)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplatePage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplatePage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_BiometricTemplate(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_BiometricTemplatePage = keys_of(_U_BiometricTemplatePage)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'system' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["HealthcheckResponse"]


@attrs.define(frozen=True, kw_only=True, slots=False)
class HealthcheckResponse:
    """HealthcheckResponse"""

    status: str
    timestamp: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


for _cls in (HealthcheckResponse,):
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True

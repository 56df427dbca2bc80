# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'travel_rule_widget_sessions__retrieve_context' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleWidgetProofSummary:
    """TravelRuleWidgetProofSummary"""

    proof_id: str | None = attrs.field(default=None)
    method: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    wallet_address: str | None = attrs.field(default=None)
    chain: str | None = attrs.field(default=None)
    deposit_address: str | None = attrs.field(default=None)
    expected_amount: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
    challenge: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleWidgetContext:
    """TravelRuleWidgetContext"""

    vasp_name: str | None = attrs.field(default=None)
    wallet_address: str | None = attrs.field(default=None)
    chain: str | None = attrs.field(default=None)
    holder_name: str | None = attrs.field(default=None)
    allowed_methods: list[str] | None = attrs.field(default=None)
    transfer_status: str | None = attrs.field(default=None)
    callback_url: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
    completed_at: str | None = attrs.field(default=None)
    proofs: list[TravelRuleWidgetProofSummary] | None = attrs.field(default=None)
    customization: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

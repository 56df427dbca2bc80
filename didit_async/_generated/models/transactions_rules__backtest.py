# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'transactions_rules__backtest' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from .transactions_rules import (
    TransactionRuleAggregation,
    TransactionRuleCondition,
    TransactionRuleScope,
)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleBacktestRequest:
    """TransactionRuleBacktestRequest"""

    conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    evaluation_mode: Literal["ALL", "ANY"] | None = attrs.field(default=None)
    scope: TransactionRuleScope | Mapping[str, Any] | None = attrs.field(default=None)
    period_days: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleBacktestResult:
    """TransactionRuleBacktestResult"""

    evaluated: int | None = attrs.field(default=None)
    matched: int | None = attrs.field(default=None)
    affected_entities: int | None = attrs.field(default=None)
    period_days: int | None = attrs.field(default=None)
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

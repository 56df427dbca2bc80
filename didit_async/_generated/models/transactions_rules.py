# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'transactions_rules' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleScope:
    """TransactionRuleScope"""

    transaction_types: list[str] | None = attrs.field(default=None)
    directions: list[str] | None = attrs.field(default=None)
    action_types: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleCondition:
    """TransactionRuleCondition"""

    field: str
    operator: str
    value: Any | None = attrs.field(default=None)
    value_type: str | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    group_index: int | None = attrs.field(default=None)
    group_logic: str | None = attrs.field(default=None)
    groups_logic: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleAggregation:
    """TransactionRuleAggregation"""

    value: float
    metric: str | None = attrs.field(default=None)
    field: str | None = attrs.field(default=None)
    operator: str | None = attrs.field(default=None)
    window: str | None = attrs.field(default=None)
    filters: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleAction:
    """What a rule does when it matches. Didit's facts give six shapes told apart by `type` (a
    oneOf); they are merged into one model here, since every shape requires `type` and our
    generator tells union members apart by a required key. `value` is an integer for `add_score`
    and a status (APPROVED, IN_REVIEW, DECLINED, AWAITING_USER) for `change_status`; `note` goes
    with `add_note`, `list_id` with `add_to_list`, `tag_*` with `add_tags`,
    `blueprint`/`grouping` with `open_case`.
    """

    type: str
    value: Any | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    tag_uuid: str | None = attrs.field(default=None)
    tag_name: str | None = attrs.field(default=None)
    tag_color: str | None = attrs.field(default=None)
    note: str | None = attrs.field(default=None)
    list_id: str | None = attrs.field(default=None)
    blueprint: str | None = attrs.field(default=None)
    grouping: str | None = attrs.field(default=None)
    attach_matched_transaction: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRule:
    """TransactionRule"""

    uuid: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    evaluation_mode: str | None = attrs.field(default=None)
    scope: TransactionRuleScope | None = attrs.field(default=None)
    conditions: list[TransactionRuleCondition] | None = attrs.field(default=None)
    aggregation: list[TransactionRuleAggregation] | None = attrs.field(default=None)
    actions: list[TransactionRuleAction] | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    library_key: str | None = attrs.field(default=None)
    latest_triggered_at: str | None = attrs.field(default=None)
    run_count: int | None = attrs.field(default=None)
    approved_count: int | None = attrs.field(default=None)
    reviewed_count: int | None = attrs.field(default=None)
    declined_count: int | None = attrs.field(default=None)
    awaiting_user_count: int | None = attrs.field(default=None)
    approved_pct: float | None = attrs.field(default=None)
    reviewed_pct: float | None = attrs.field(default=None)
    declined_pct: float | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'transactions' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ..enums import TransactionCategory


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequest:
    """TransactionCreateRequest"""

    transaction_id: str
    """Your unique identifier of the transaction."""
    transaction_category: (
        TransactionCategory
        | Literal[
            "finance",
            "kyc",
            "travel_rule",
            "user_event",
            "audit_trail_event",
            "gambling_bet",
            "gambling_limit_change",
            "gambling_bonus_change",
        ]
    )
    transaction_details: Mapping[str, Any]
    """Category-specific payload (for finance: amount, currency, direction, ...)."""
    subject: Mapping[str, Any]
    """Who initiates it, usually `{"vendor_data": ...}`."""
    counterparty: Mapping[str, Any] | None = attrs.field(default=None)
    """The other party."""
    transaction_at: str | None = attrs.field(default=None)
    time_zone: str | None = attrs.field(default=None)
    custom_properties: Mapping[str, Any] | None = attrs.field(default=None)
    """Values rules read as `custom_values.<key>`."""
    travel_rule_details: Mapping[str, Any] | None = attrs.field(default=None)
    network_snapshot: Mapping[str, Any] | None = attrs.field(default=None)
    include_crypto_screening: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleHit:
    """TransactionRuleHit"""

    rule: str | None = attrs.field(default=None)
    action: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class Transaction:
    """A monitored transaction and its rule evaluation (our reading of an unpublished shape;
    unknown fields kept).
    """

    transaction_id: str
    uuid: str | None = attrs.field(default=None)
    transaction_category: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    """APPROVED, IN_REVIEW or DECLINED after evaluation (our reading; other values kept)."""
    risk_score: float | None = attrs.field(default=None)
    rule_hits: list[TransactionRuleHit] | None = attrs.field(default=None)
    transaction_details: dict[str, Any] | None = attrs.field(default=None)
    subject: dict[str, Any] | None = attrs.field(default=None)
    counterparty: dict[str, Any] | None = attrs.field(default=None)
    custom_properties: dict[str, Any] | None = attrs.field(default=None)
    transaction_at: str | None = attrs.field(default=None)
    time_zone: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionListPage:
    """A page of transactions."""

    results: list[Transaction]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'wallet_screening__screen' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any, Literal

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningRequest:
    """WalletScreeningRequest"""

    wallet_address: str
    """Must match the chain's address format."""
    blockchain: Literal[
        "BTC",
        "ETH",
        "LTC",
        "XRP",
        "BCH",
        "DOGE",
        "TRX",
        "SOL",
        "MATIC",
        "BNB",
        "USDT",
        "USDC",
        "LIGHTNING",
    ]
    direction: Literal["inbound", "outbound", "deposit", "withdrawal"] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningResultSourceOfFund:
    """WalletScreeningResultSourceOfFund"""

    category: str | None = attrs.field(default=None)
    entity_name: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    entity_subtype: str | None = attrs.field(default=None)
    exposure_direction: str | None = attrs.field(default=None)
    exposure_type: str | None = attrs.field(default=None)
    is_direct: bool | None = attrs.field(default=None)
    amount_usd: float | None = attrs.field(default=None)
    percentage: float | None = attrs.field(default=None)
    hops: int | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningResultDestinationOfFund:
    """WalletScreeningResultDestinationOfFund"""

    category: str | None = attrs.field(default=None)
    entity_name: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    entity_subtype: str | None = attrs.field(default=None)
    exposure_direction: str | None = attrs.field(default=None)
    exposure_type: str | None = attrs.field(default=None)
    is_direct: bool | None = attrs.field(default=None)
    amount_usd: float | None = attrs.field(default=None)
    percentage: float | None = attrs.field(default=None)
    hops: int | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningResultRiskFactor:
    """WalletScreeningResultRiskFactor"""

    source: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    entity_name: str | None = attrs.field(default=None)
    direction: str | None = attrs.field(default=None)
    exposure_type: str | None = attrs.field(default=None)
    amount_usd: float | None = attrs.field(default=None)
    percentage: float | None = attrs.field(default=None)
    is_high_risk: bool | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningResultCounterpartyConnection:
    """WalletScreeningResultCounterpartyConnection"""

    entity_name: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    entity_subtype: str | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    categories: list[str] | None = attrs.field(default=None)
    received_usd: float | None = attrs.field(default=None)
    sent_usd: float | None = attrs.field(default=None)
    received_hops: int | None = attrs.field(default=None)
    sent_hops: int | None = attrs.field(default=None)
    percentage: float | None = attrs.field(default=None)
    is_direct: bool | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningResult:
    """Fields named by Didit's tooling; their shapes are our reading (unknown fields kept)."""

    wallet_address: str | None = attrs.field(default=None)
    blockchain: str | None = attrs.field(default=None)
    risk_score: float | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    sanctions_hit: bool | None = attrs.field(default=None)
    source_of_funds: list[WalletScreeningResultSourceOfFund] | None = attrs.field(default=None)
    destination_of_funds: list[WalletScreeningResultDestinationOfFund] | None = attrs.field(
        default=None
    )
    provider: str | None = attrs.field(default=None)
    screening_type: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    summary: str | None = attrs.field(default=None)
    dominant_risk_category: str | None = attrs.field(default=None)
    risk_factors: list[WalletScreeningResultRiskFactor] | None = attrs.field(default=None)
    counterparty_connections: list[WalletScreeningResultCounterpartyConnection] | None = (
        attrs.field(default=None)
    )
    report_signature: str | None = attrs.field(default=None)
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
